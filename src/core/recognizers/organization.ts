import type { CheckContext } from "../types";
import type { Candidate } from "./recognizer";

const simplify = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, "");
const lastTen = (value: string) => value.replace(/\D/g, "").slice(-10);

/**
 * Marks identifiers that belong to the organization itself (its phones, addresses, domains and names, as
 * the admin policy lists them): they are never a patient's, so rules skip them.
 */
export function markOrganizationOwned(candidates: Candidate[], text: string, context: CheckContext): Candidate[] {
  const org = context.org;
  if (!org) return candidates;
  const phones = new Set((org.phones ?? []).map(lastTen).filter((digits) => digits.length >= 7));
  const addresses = (org.addresses ?? []).map(simplify).filter((value) => value.length > 0);
  const domains = (org.domains ?? []).map((domain) => domain.toLowerCase().replace(/^www\./, ""));
  const names = (org.names ?? []).map(simplify).filter((value) => value.length > 0);
  return candidates.map((candidate) => {
    const value = text.slice(candidate.start, candidate.end);
    const simple = simplify(value);
    let owned = false;
    if (candidate.type === "phone") owned = phones.has(lastTen(value));
    else if (candidate.type === "email" || candidate.type === "url") {
      const host = value
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/^www\./, "");
      const domain = candidate.type === "email" ? host.slice(host.indexOf("@") + 1) : (host.split(/[/?#:]/)[0] ?? "");
      owned = domains.some((own) => domain === own || domain.endsWith(`.${own}`));
    } else if (candidate.type === "address" || candidate.type === "zip" || candidate.type === "location") {
      owned = simple.length > 0 && addresses.some((own) => own.includes(simple) || simple.includes(own));
    }
    if (!owned && (candidate.type === "person" || candidate.type === "location")) {
      owned = simple.length > 0 && names.some((own) => own.includes(simple));
    }
    return owned ? { ...candidate, organization: true, label: "organization's own" } : candidate;
  });
}
