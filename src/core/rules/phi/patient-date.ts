import { cuesOf } from "../../context/cues";
import { tiedToPatient } from "../../context/patient-link";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { identifierFinding } from "./_identifiers";

const PERSONAL_DATE = new Set(["date of birth", "admission date", "discharge date", "date of death"]);

/** A date more specific than the year, tied to a patient: birth, admission, discharge, death, visit. */
export const patientDate: Rule = {
  id: "phi/patient-date",
  category: "phi",
  severity: "high",
  summary: "A date tied to a patient (birth, admission, discharge, death, a visit or procedure), other than the year.",
  judge(post: Post): Finding[] {
    return post.candidates
      .filter((candidate) => candidate.type === "date")
      .filter((candidate) => {
        const sentence = cuesOf(post).sentenceAt(candidate.start);
        const ownNews = sentence?.ownNews === true && !sentence.patient;
        return (
          (PERSONAL_DATE.has(candidate.label ?? "") && !candidate.organization && !ownNews) ||
          tiedToPatient(post, candidate)
        );
      })
      .map((candidate) => identifierFinding(post, this.id, candidate, "in a post about a patient"));
  },
};
