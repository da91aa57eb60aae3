import { cuesOf } from "../../context/cues";
import type { Candidate } from "../../recognizers/recognizer";
import type { EntityType, Finding, Severity } from "../../types";
import type { Post } from "../rule";

/** How each identifier kind is named in a message, and what can replace it. */
export const KINDS: Record<EntityType, { name: string; suggestion: string }> = {
  person: { name: "name", suggestion: "a patient" },
  date: { name: "date", suggestion: "recently" },
  age: { name: "age over 89", suggestion: "an older adult" },
  phone: { name: "phone number", suggestion: "[phone removed]" },
  email: { name: "email address", suggestion: "[email removed]" },
  ssn: { name: "Social Security number", suggestion: "[SSN removed]" },
  mrn: { name: "medical record number", suggestion: "[MRN removed]" },
  "health-plan": { name: "health plan ID", suggestion: "[ID removed]" },
  account: { name: "account number", suggestion: "[account removed]" },
  license: { name: "licence or certificate number", suggestion: "[number removed]" },
  vehicle: { name: "vehicle identifier", suggestion: "[plate removed]" },
  device: { name: "device serial number", suggestion: "[serial removed]" },
  url: { name: "web address", suggestion: "[link removed]" },
  ip: { name: "IP address", suggestion: "[IP removed]" },
  address: { name: "street address", suggestion: "[address removed]" },
  zip: { name: "ZIP code", suggestion: "[ZIP removed]" },
  location: { name: "place name", suggestion: "the area" },
  room: { name: "room or bed number", suggestion: "a room" },
  code: { name: "identifying code", suggestion: "[code removed]" },
};

/** Identifiers a stated consent covers (the patient agreed to be named and shown, not to share numbers). */
const CONSENT_COVERS = new Set<EntityType>(["person", "age", "date", "location"]);

/**
 * A finding for an identifier tied to a patient: high, or a medium consent finding when the post says
 * the patient agreed to be named.
 */
export function identifierFinding(post: Post, rule: string, candidate: Candidate, why: string): Finding {
  const kind = KINDS[candidate.type];
  const label =
    candidate.label && candidate.label !== "patient" && candidate.label !== "addressed" ? candidate.label : kind.name;
  if (cuesOf(post).consentStated && CONSENT_COVERS.has(candidate.type)) {
    return {
      rule,
      category: "consent",
      severity: "medium",
      message: `A patient's ${label} with consent mentioned: confirm the patient's written authorization is on file before posting.`,
      start: candidate.start,
      end: candidate.end,
    };
  }
  const severity: Severity = "high";
  return {
    rule,
    category: "phi",
    severity,
    message: `A patient's ${label} ${why}: it is a HIPAA identifier, so posting it would disclose protected health information.`,
    start: candidate.start,
    end: candidate.end,
    suggestion: kind.suggestion,
  };
}
