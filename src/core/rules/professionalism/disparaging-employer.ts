import { EMPLOYER_PUT_DOWNS, EMPLOYER_WORDS } from "../../lexicons/disparagement";
import { findAll, phraseRegex, sentences } from "../../lexicons/text-search";
import type { Finding, Span } from "../../types";
import type { Post, Rule } from "../rule";

const EMPLOYER = phraseRegex(EMPLOYER_WORDS);
/** A named facility: "Mercy General", "Lakeside Medical Center", "Northside Health", "St. Mary's". */
const NAMED_FACILITY =
  /\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Hospitals?|Medical Cent(?:er|re)|Health Cent(?:er|re)|Medical Group|Medical Practice|Health System|Health|Healthcare|General|Clinic|Memorial|Regional|Infirmary|Trust|NHS|Surgery|Practice)\b|@\w*(?:NHS|Health|Hospital|Clinic|Medical|Trust)\w*|\bSt\.? [A-Z][a-z]+'s\b|\b(?:[Ww]ork(?:ing|ed)? (?:for|at)|[Ee]mployed by|[Jj]ob at) [A-Z][\w'&-]+/g;
const NAMED_FACILITY_ONCE = new RegExp(NAMED_FACILITY.source);
const PUT_DOWN = phraseRegex(EMPLOYER_PUT_DOWNS);
/** "treats nurses like disposable gloves" (but "treats staff like family" is praise). */
const TREATS_LIKE =
  /\btreats? (?:(?:its|their|our|the|his|her) )?(?:us|nurses|staff|employees|workers|doctors|residents|techs|hygienists|everyone) like (?!family|gold|royalty|heroes|people|humans|professionals|adults|rock ?stars|vips?|our own|partners|equals)[a-z]+/gi;
/** Putting money or targets above the people: "cares more about parking revenue than its own nurses". */
const CARES_MORE_ABOUT =
  /\bcar(?:es|ed|e|ing) more about [^.!?\n]{2,40}? than (?:about )?(?:its|their|our|the|his|her)? ?(?:own )?(?:staff|nurses|doctors|employees|workers|people|patients|patient safety|safety|patient care|care|residents|team)\b/gi;
/** Sarcastic praise that names the employer itself: "great hospital we have here". */
const MOCK_PRAISE =
  /\b(?:great|fine|wonderful|lovely|amazing|fantastic|stellar|brilliant) (?:hospital|place|system|clinic|unit|company|trust|establishment|organi[sz]ation|leadership|management|employer) (?:we(?:'ve)? (?:have|got|run|work for)|y'all (?:have|run)) (?:here|going|there)\b/gi;
/** What turns "great hospital we have here" into sarcasm: an eye-roll, "cool cool cool", "/s". */
const SARCASM_MARKERS = /🙄|🙃|🤡|😒|\/s\b|\bcool cool\b|\btotally fine\b|\bjust great\b|\blove that for us\b/u;
/** A verdict that follows in sentences of its own: "... cut our only secretary. Clowns, all of them." */
const CONTINUES_ABOUT_THEM = /\b(?:they|them|their|all of them|these people|this place)\b/i;

/** The sentence at `index` and up to two short or "they"-sentences after it that carry on about the same thing. */
function withFollowUps(text: string, all: readonly Span[], index: number): Span {
  const sentence = all[index] as Span;
  let end = sentence.end;
  for (const next of all.slice(index + 1, index + 3)) {
    const words = text.slice(next.start, next.end).match(/[\w']+/g)?.length ?? 0;
    if (words > 5 && !CONTINUES_ABOUT_THEM.test(text.slice(next.start, next.end))) break;
    end = next.end;
  }
  return { start: sentence.start, end };
}

/** Trashing the employer in public ("this hospital is a dumpster fire", "management doesn't care"). */
export const disparagingEmployer: Rule = {
  id: "professionalism/disparaging-employer",
  category: "professionalism",
  severity: "medium",
  summary: 'Disparaging the employer ("this hospital is a dumpster fire", "management doesn\'t care").',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    const report = (start: number, words: string): void => {
      if (findings.some((finding) => finding.start === start)) return;
      findings.push({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `Publicly trashing your employer ("${words}") can break your conduct policy and shakes patients' trust; raise it with leadership or HR instead.`,
        start,
        end: start + words.length,
      });
    };
    const all = sentences(text);
    const sarcastic = SARCASM_MARKERS.test(text);
    all.forEach((sentence, index) => {
      const slice = text.slice(sentence.start, sentence.end);
      const praise = sarcastic ? findAll(MOCK_PRAISE, slice)[0] : undefined;
      if (praise) {
        report(sentence.start + (praise.index ?? 0), praise[0]);
        return;
      }
      // The put-down is rarer than an employer word, so it is looked for first.
      const scope = withFollowUps(text, all, index);
      const scopeText = text.slice(scope.start, scope.end);
      const putDown =
        findAll(PUT_DOWN, scopeText)[0] ??
        findAll(TREATS_LIKE, scopeText)[0] ??
        findAll(CARES_MORE_ABOUT, scopeText)[0];
      if (!putDown) return;
      if (findAll(EMPLOYER, slice).length === 0 && !NAMED_FACILITY_ONCE.test(slice)) return;
      report(scope.start + (putDown.index ?? 0), putDown[0]);
    });
    return findings;
  },
};
