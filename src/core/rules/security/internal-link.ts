import {
  CLINICAL_HOST_WORDS,
  INTERNAL_SUFFIXES,
  PATIENT_PARAMETER,
  PATIENT_SYSTEMS,
  PATIENT_VIEWS,
  PUBLIC_TLDS,
} from "../../lexicons/security";
import { findAll } from "../../lexicons/text-search";
import type { Finding, Severity, Span } from "../../types";
import type { Post, Rule } from "../rule";

/** scheme://host:port/rest, or host/rest without a scheme. */
const ADDRESS = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#:\s\\]+)(?::\d{1,5})?([/?#].*)?$/i;

function isPrivateIp(host: string): boolean {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return false;
  const [a, b] = parts.map(Number) as [number, number];
  return (
    a === 10 || a === 127 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254)
  );
}

/** Why the host is internal, or undefined when it is a public address. */
function internalHost(host: string, hasScheme: boolean): string | undefined {
  const lower = host.toLowerCase();
  if (isPrivateIp(lower)) return "a private network address";
  if (lower === "localhost") return "a private network address";
  if (INTERNAL_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return "an intranet host";
  const labels = lower.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length === 1) return hasScheme ? "an intranet host" : undefined;
  if (labels.some((label) => label === "intranet")) return "an intranet host";
  if (!PUBLIC_TLDS.has(tld) && CLINICAL_HOST_WORDS.test(lower)) return "an internal clinical system";
  return undefined;
}

function finding(span: Span, severity: Severity, what: string): Finding {
  return {
    rule: "security/internal-link",
    category: "security",
    severity,
    message:
      severity === "high"
        ? `This is ${what} into patient records, which tells anyone who sees it the identifier and where the chart lives: remove it.`
        : `This links to ${what}, which helps attackers map your network and means nothing to the public: remove it.`,
    ...span,
    suggestion: "[internal link removed]",
  };
}

/** Internal or private-network links; high when the link carries a patient identifier. */
export const internalLink: Rule = {
  id: "security/internal-link",
  category: "security",
  severity: "medium",
  summary:
    "An intranet or private-network link (10.x, 192.168.x, *.local, *.corp); high with a patient parameter such as ?mrn=.",
  judge(post: Post): Finding[] {
    const findings: Finding[] = [];
    for (const token of findAll(/\S+/g, post.text)) {
      // A link has a dot or a scheme's colon, a network share starts with "\\": most words have neither.
      if (!token[0].includes(".") && !token[0].includes(":") && !token[0].includes("\\")) continue;
      const value = token[0].replace(/^[(<[]+/, "").replace(/[.,;:!?)\]>]+$/, "");
      const start = (token.index ?? 0) + token[0].indexOf(value);
      const span = { start, end: start + value.length };
      if (value.startsWith("\\\\") && value.length > 3) {
        findings.push(finding(span, "medium", "a shared network drive"));
        continue;
      }
      if (value.includes("@") && !value.includes("://")) continue; // an email address
      const parts = ADDRESS.exec(value);
      if (!parts) continue;
      const [, scheme, host = "", rest = ""] = parts;
      if (!scheme && !host.includes(".")) continue;
      if (!scheme && !/[a-z]/i.test(host) && !isPrivateIp(host)) continue;
      const internal = internalHost(host, scheme !== undefined);
      // An intranet census or patient list opens patient data with no identifier in the link.
      const withPatient = PATIENT_PARAMETER.test(rest) || (internal !== undefined && PATIENT_VIEWS.test(rest));
      if (withPatient && (internal || PATIENT_SYSTEMS.test(value) || scheme)) {
        findings.push(finding(span, "high", "a link that carries a patient identifier"));
      } else if (internal) {
        findings.push(finding(span, "medium", internal));
      }
    }
    return findings;
  },
};
