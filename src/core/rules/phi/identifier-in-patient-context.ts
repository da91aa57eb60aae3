import { tiedToPatient } from "../../context/patient-link";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { identifierFinding } from "./_identifiers";

/** Names, dates and ages have rules of their own; everything else is judged here. */
const OWN_RULES = new Set(["person", "date", "age"]);

/** A HIPAA identifier (phone, MRN, address, room, ...) tied to a patient discloses protected health information. */
export const identifierInPatientContext: Rule = {
  id: "phi/identifier-in-patient-context",
  category: "phi",
  severity: "high",
  summary:
    "A HIPAA identifier (phone, email, SSN, MRN, plan ID, address, place, room, plate, serial...) tied to a patient.",
  judge(post: Post): Finding[] {
    return post.candidates
      .filter((candidate) => !OWN_RULES.has(candidate.type) && tiedToPatient(post, candidate))
      .map((candidate) => identifierFinding(post, this.id, candidate, "in a post about a patient"));
  },
};
