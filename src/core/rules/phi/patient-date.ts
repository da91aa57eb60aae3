import { cuesOf } from "../../context/cues";
import { personRole, STAFF_SENTENCE, tiedToPatient } from "../../context/patient-link";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { identifierFinding } from "./_identifiers";

const PERSONAL_DATE = new Set(["date of birth", "admission date", "discharge date", "date of death"]);

/**
 * A month alone is a date only when it is the month of one person's event: "coded on us in april",
 * "had her surgery in March". "We admitted 300 patients in April" is a count, not a person.
 */
const EVENT_BEFORE_MONTH =
  /\b(?:coded|admitted|delivered|born|died|passed|surgery|procedure|transplant|diagnosed|discharged|seen|visit|operated|intubated|arrested|came in|was in|were in|from l&d|had (?:his|her|their|a|the))\b[^.!?]{0,30}$/i;
const AGGREGATE = /\b(?:patients|pts|babies|visits|cases|people|admissions|deliveries)\b/i;

function monthOfAnEvent(post: Post, start: number, sentenceStart: number, sentenceText: string): boolean {
  return (
    EVENT_BEFORE_MONTH.test(post.text.slice(Math.max(sentenceStart, start - 40), start)) &&
    !AGGREGATE.test(sentenceText)
  );
}

/** "Margaret died peacefully at home on 2 March": the sentence is about a colleague named earlier as "Dr.". */
function namesStaff(post: Post, start: number, end: number): boolean {
  return post.candidates.some(
    (candidate) =>
      candidate.type === "person" &&
      candidate.start >= start &&
      candidate.end <= end &&
      personRole(post, candidate) === "staff",
  );
}

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
        const value = post.text.slice(candidate.start, candidate.end);
        // A month alone ("in October"), whatever date word stands before it.
        if (
          /^[A-Za-z]+$/.test(value) &&
          !monthOfAnEvent(post, candidate.start, sentence?.start ?? 0, sentence?.text ?? "")
        )
          return false;
        const ownNews = sentence?.ownNews === true && !sentence.patient;
        // "In loving memory of Dr. Mensah, who founded our clinic and passed away on January 9": staff.
        const staff =
          sentence !== undefined &&
          !sentence.patient &&
          (STAFF_SENTENCE.test(sentence.text) || namesStaff(post, sentence.start, sentence.end));
        if (staff) return false;
        return (
          (PERSONAL_DATE.has(candidate.label ?? "") && !candidate.organization && !ownNews && !staff) ||
          tiedToPatient(post, candidate)
        );
      })
      .map((candidate) => identifierFinding(post, this.id, candidate, "in a post about a patient"));
  },
};
