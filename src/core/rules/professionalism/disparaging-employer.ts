import { EMPLOYER_PUT_DOWNS, EMPLOYER_WORDS } from "../../lexicons/disparagement";
import { findAll, phraseRegex, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const EMPLOYER = phraseRegex(EMPLOYER_WORDS);
/** A named facility: "Mercy General", "Lakeside Medical Center", "Northside Health", "St. Mary's". */
const NAMED_FACILITY =
  /\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Hospital|Medical Center|Medical Group|Health System|Health|Healthcare|General|Clinic|Memorial|Regional)\b|\bSt\.? [A-Z][a-z]+'s\b/g;
const NAMED_FACILITY_ONCE = new RegExp(NAMED_FACILITY.source);
const PUT_DOWN = phraseRegex(EMPLOYER_PUT_DOWNS);

/** Trashing the employer in public ("this hospital is a dumpster fire", "management doesn't care"). */
export const disparagingEmployer: Rule = {
  id: "professionalism/disparaging-employer",
  category: "professionalism",
  severity: "medium",
  summary: 'Disparaging the employer ("this hospital is a dumpster fire", "management doesn\'t care").',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    for (const sentence of sentences(text)) {
      const slice = text.slice(sentence.start, sentence.end);
      // The put-down is rarer than an employer word, so it is looked for first.
      const putDown = findAll(PUT_DOWN, slice)[0];
      if (!putDown) continue;
      if (findAll(EMPLOYER, slice).length === 0 && !NAMED_FACILITY_ONCE.test(slice)) continue;
      const start = sentence.start + (putDown.index ?? 0);
      findings.push({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `Publicly trashing your employer ("${putDown[0]}") can break your conduct policy and shakes patients' trust; raise it with leadership or HR instead.`,
        start,
        end: start + putDown[0].length,
      });
    }
    return findings;
  },
};
