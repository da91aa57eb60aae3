import { COLLEAGUE_TITLES, PUT_DOWNS } from "../../lexicons/disparagement";
import { findAll, phraseRegex, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

/** "[Dd][Rr]" for "dr": titles match in any case, the name after them must be capitalized. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`).replace(/\./g, "\\.");
}

const NAMED_COLLEAGUE = new RegExp(
  `\\b(?:${[...COLLEAGUE_TITLES]
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join("|")})\\.?\\s+([A-Z][a-zA-Z'-]+)`,
  "g",
);
/** A colleague by role ("our hospitalist", "my preceptor"): identifiable to everyone they work with. */
const COLLEAGUE_BY_ROLE =
  /\b(?:our|my|this|that|your) (?:['"]?[\w-]+['"]? )?(?:attending|surgeon|resident|intern|hospitalist|charge nurse|nurse manager|manager|pharmacist|anesthesiologist|preceptor|coworker|co-worker|boss|supervisor|director|doc|doctor|physician|np|pa|cna|tech|educator|intensivist|radiologist|consultant|registrar|reg|sho|matron|ward manager|gp|locum|instructor|clinical instructor|professor|lecturer|midwife|paramedic|crewmate|dentist|hygienist|vet|practice manager|cno|cmo|ceo|coo|director of nursing|don|chief|chair|program director|pd|team|crew|docs|surgeons|nurses)s?\b/gi;
/** Capitalized words that follow a title without being a name ("Nurse Practitioner Week"). */
const NOT_NAMES = new Set([
  "Practitioner",
  "Practitioners",
  "Manager",
  "Educator",
  "Appreciation",
  "Week",
  "Day",
  "Line",
]);
const PUT_DOWN = phraseRegex(PUT_DOWNS);
/** A next sentence still about the same colleague. */
const CONTINUES_ABOUT_THEM = /^(?:how|who|why|seriously|honestly)\b|\b(?:he|she|him|his|her|they|them|their)\b/i;

/** Disparaging a named colleague in public ("Dr. Harris botched another case"). */
export const disparagingColleague: Rule = {
  id: "professionalism/disparaging-colleague",
  category: "professionalism",
  severity: "medium",
  summary: 'Disparaging a named colleague ("Dr. Harris botched another case").',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    const all = sentences(text);
    all.forEach((sentence, index) => {
      // The verdict often follows in a sentence of its own: "... holding his hand. Pathetic."
      const next = all[index + 1];
      const followUp = next ? text.slice(next.start, next.end).trim() : "";
      const continues =
        followUp !== "" && ((followUp.match(/[\w']+/g)?.length ?? 0) <= 4 || CONTINUES_ABOUT_THEM.test(followUp));
      const scope = next && continues ? { start: sentence.start, end: next.end } : sentence;
      // Most sentences put nobody down: look for the put-down first, the colleague only when there is one.
      const putDowns = findAll(PUT_DOWN, text.slice(scope.start, scope.end));
      if (putDowns.length === 0) return;
      const slice = text.slice(sentence.start, sentence.end);
      const named =
        findAll(NAMED_COLLEAGUE, slice).find((match) => !NOT_NAMES.has(match[1] ?? "")) ??
        findAll(COLLEAGUE_BY_ROLE, slice)[0];
      if (!named) return;
      const nameAt = sentence.start + (named.index ?? 0);
      // A put-down before the name must be about them ("as arrogant as Dr. Wallace"), not about
      // something in another clause ("the worst storm of the year, and Dr. Lee still came in").
      const putDown = putDowns.find((match) => {
        const at = scope.start + (match.index ?? 0);
        return at > nameAt || !/[,;:]/.test(text.slice(at, nameAt));
      });
      if (!putDown) return;
      const start = scope.start + (putDown.index ?? 0);
      findings.push({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `This disparages a named colleague (${named[0].trim()}) in public; raise concerns about care through your organization's review process instead.`,
        start,
        end: start + putDown[0].length,
      });
    });
    return findings;
  },
};
