import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const PATIENT_WORDS = /\b(?:patients?|pts?|my patient|admitted|discharged)\b/i;

/** An identifier in a post that talks about a patient discloses protected health information. */
export const identifierInPatientContext: Rule = {
  id: "phi/identifier-in-patient-context",
  category: "phi",
  severity: "high",
  summary: "A HIPAA identifier (name, phone, ...) in a post about a patient.",
  judge(post: Post): Finding[] {
    if (!PATIENT_WORDS.test(post.text)) return [];
    return post.candidates.map((candidate) => ({
      rule: this.id,
      category: this.category,
      severity: this.severity,
      message: `This looks like a patient's ${candidate.type}; posting it would disclose protected health information.`,
      start: candidate.start,
      end: candidate.end,
      suggestion: candidate.type === "person" ? "a patient" : `[${candidate.type} removed]`,
    }));
  },
};
