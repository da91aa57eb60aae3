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
/** Fundraising and care-update pages: each one is about a single person ("gofundme.com/f/help-jamal-walk"). */
const FUNDRAISER =
  /(?:^|\.)(?:gofundme|caringbridge|mealtrain|gogetfunding|justgiving|givesendgo|spotfund|fundly|lotsahelpinghands|idonate)\.[a-z.]+$/i;
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
        ...(FUNDRAISER.test(host) && /\/./.test(value.slice(value.indexOf(host) + host.length))
          ? { label: "fundraiser link" }
          : {}),
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

/** A patient parameter in a link's query: "?mrn=00452318", "&patientId=7731904", "?pid=A55120". */
const PATIENT_PARAMETER =
  /[?&](?:mrn|mr|mrno|patientid|patient_id|patient-id|ptid|pt_id|pid|chart|chartid|chart_id|medrec)=([A-Za-z0-9-]{4,20})(?![A-Za-z0-9-])/gi;

/**
 * The record numbers links carry: the link stays one identifier, and the MRN in its query is reported
 * too, since it points at one patient's chart wherever the link is pasted.
 */
export function recordNumbersInLinks(text: string, links: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const link of links) {
    if (link.type !== "url") continue;
    const value = text.slice(link.start, link.end);
    for (const match of value.matchAll(PATIENT_PARAMETER)) {
      const number = match[1] as string;
      if (!/\d{4}/.test(number)) continue;
      const start = link.start + (match.index ?? 0) + match[0].length - number.length;
      found.push({
        start,
        end: start + number.length,
        type: "mrn",
        recognizer: "mrn",
        confidence: 0.85,
        label: "medical record number in a link",
      });
    }
  }
  return found;
}
