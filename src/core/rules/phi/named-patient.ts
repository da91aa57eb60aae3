import { personRole } from "../../context/patient-link";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { identifierFinding } from "./_identifiers";

/** A patient named in full, by first name, by surname or by initials. */
export const namedPatient: Rule = {
  id: "phi/named-patient",
  category: "phi",
  severity: "high",
  summary: "A patient's name (full, first name, surname with a title, family name, initials).",
  judge(post: Post): Finding[] {
    return post.candidates
      .filter((candidate) => candidate.type === "person" && personRole(post, candidate) === "patient")
      .map((candidate) => identifierFinding(post, this.id, candidate, "in a post about their care"));
  },
};
