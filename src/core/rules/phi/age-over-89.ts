import { tiedToPatient } from "../../context/patient-link";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { identifierFinding } from "./_identifiers";

/** Safe Harbor counts every age over 89 as an identifier: so few people are that old. */
export const ageOver89: Rule = {
  id: "phi/age-over-89",
  category: "phi",
  severity: "high",
  summary: 'A patient\'s age over 89 ("92", "a 91 y/o", "99th birthday"); use "90 or older" or "an older adult".',
  judge(post: Post): Finding[] {
    return post.candidates
      .filter((candidate) => candidate.type === "age" && tiedToPatient(post, candidate))
      .map((candidate) => identifierFinding(post, this.id, candidate, "in a post about a patient"));
  },
};
