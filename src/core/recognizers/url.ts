import type { Candidate, Recognizer } from "./recognizer";

const TLDS = new Set(
  (
    "com org net edu gov mil int io me co us ly info biz health care app dev page site online link tv fm ai blog news shop store " +
    "uk ca au de fr nz in ie il es it nl be ch at se no dk fi pl pt br mx ar cl jp kr cn hk sg tw za ru ua gr tr eu"
  ).split(" "),
);

/**
 * Web addresses: with a scheme or "www.", or a bare domain on a common top-level domain. The pattern is
 * one character class; the shape is checked in code so a long run cannot make it backtrack.
 */
/** With a scheme, any host: "http://10.14.2.33/ehr/patient?id=557201", "https://intranet.local/chart". */
const URL_WITH_SCHEME = /\bhttps?:\/\/[^\s<>"'`]{1,2048}/gi;
const URL_LIKE =
  /(?<![\w@.-])(?:https?:\/\/)?[A-Za-z0-9][A-Za-z0-9.-]{0,253}\.[A-Za-z]{2,12}(?:[/?#:][^\s<>"'`]{0,2048})?/g;

export const url: Recognizer = {
  name: "url",
  type: "url",
  find(text: string): Candidate[] {
    const found: Candidate[] = [];
    URL_LIKE.lastIndex = 0;
    for (const match of text.matchAll(URL_LIKE)) {
      let value = match[0];
      const start = match.index ?? 0;
      // Sentence punctuation and a closing bracket after a link are not part of it.
      while (/[.,;:!?)\]}'"]$/.test(value)) value = value.slice(0, -1);
      const hasScheme = /^https?:\/\//i.test(value);
      const host = value.replace(/^https?:\/\//i, "").split(/[/?#:]/)[0] ?? "";
      const labels = host.split(".");
      const tld = (labels[labels.length - 1] ?? "").toLowerCase();
      if (labels.some((label) => label.length === 0)) continue;
      if (/^\d+(?:\.\d+)*$/.test(host)) continue; // an IP address or a decimal number
      if (!hasScheme && !TLDS.has(tld)) continue;
      found.push({
        start,
        end: start + value.length,
        type: "url",
        recognizer: "url",
        confidence: hasScheme ? 0.9 : 0.7,
      });
    }
    // A scheme makes any host a link, an IP address or an intranet name without a public domain too.
    URL_WITH_SCHEME.lastIndex = 0;
    for (const match of text.matchAll(URL_WITH_SCHEME)) {
      let value = match[0];
      const start = match.index ?? 0;
      while (/[.,;:!?)\]}'"]$/.test(value)) value = value.slice(0, -1);
      if (found.some((candidate) => candidate.start === start)) continue;
      // The host needs a dot (a domain, an intranet name, an IP address): "http://microsoft" is no link.
      if (!/^https?:\/\/(?:[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z0-9]|\[[0-9A-Fa-f:]+\])(?:[:/?#]|$)/i.test(value))
        continue;
      found.push({ start, end: start + value.length, type: "url", recognizer: "url", confidence: 0.9 });
    }
    return found;
  },
};
