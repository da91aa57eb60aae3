import { COLLEAGUE_TITLES, PUT_DOWNS } from "../../lexicons/disparagement";
import { findAll, phraseRegex, sentences } from "../../lexicons/text-search";
import type { Finding, Span } from "../../types";
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
  /\b(?:our|my|this|that|your|the) (?:['"]?[\w-]+['"]? )?(?:attending|surgeon|resident|intern|hospitalist|charge nurse|nurse manager|manager|pharmacist|anesthesiologist|preceptor|coworker|co-worker|boss|supervisor|director|doc|doctor|physician|np|pa|cna|tech|educator|intensivist|radiologist|consultant|registrar|reg|sho|matron|ward manager|gp|locum|instructor|clinical instructor|professor|lecturer|midwife|paramedic|crewmate|dentist|hygienist|vet|practice manager|cno|cmo|ceo|coo|director of nursing|don|chief|chair|program director|pd|team|crew|docs|surgeons|nurses|group|department|dept|service)s?\b/gi;
/** A colleague by first name and department ("Kevin from IT", "Sarah in pharmacy"). */
const NAME_AND_DEPARTMENT =
  /\b([A-Z][a-z]{2,}) (?:from|in|on|over in|down in) (?:the )?(?:IT|HR|ICU|PACU|NICU|PICU|ED|ER|OR|L&D|\d[A-Z]|(?:pharmacy|radiology|billing|admin|ortho|surgery|anesthesia|cardiology|registration|scheduling|the lab|lab|peds|nights|days|payroll|security|transport|dietary|housekeeping|facilities|maintenance)\b)/g;
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
/** "making three nurses cry this week". */
const MADE_CRY =
  /\bma(?:de|kes|king) (?:\w+ )?(?:nurses?|residents?|students?|interns?|staff|techs?|new grads?|the nurse|a nurse|everyone) cry\b/gi;
/**
 * Mistreating staff, told of a named colleague: "screaming at a student nurse in front of the ward",
 * "berating the new grads again", "threw a tray at the scrub tech".
 */
const MISTREATS =
  /\b(?:scream(?:s|ed|ing)?|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|snap(?:s|ped|ping)?|swear(?:s|ing)?|swore|cuss(?:es|ed|ing)?|thr(?:ew|ows|owing|ow)(?: \w+){0,2}?) at (?:a |an |the |his |her |their |our |my |every |another |two |three |some )?(?:poor |new |junior |young |first-year |student |scrub |baby )?(?:student|students|nurse|nurses|resident|residents|intern|interns|staff|new grad|new grads|tech|techs|scrub tech|med student|med students|trainee|trainees|junior|juniors|hca|cna|cnas|midwife|midwives|secretary|clerk|unit clerk|pharmacist|reg|registrar|fy1|sho)\b|\b(?:berat|belittl|humiliat|demean|bully|bulli)(?:e|es|ed|ing|ies|y)? (?:a |an |the |his |her |their |our |my |every |another )?(?:poor |new |junior |young |student )?(?:student|students|nurse|nurses|resident|residents|intern|interns|staff|new grad|new grads|tech|techs|trainee|trainees|junior|juniors|midwife|midwives)\b/gi;
/** Sarcastic praise: "Real classy, consultant.", "Stay classy, Dr. X", "what a leader". */
const SARCASTIC_PRAISE =
  /\b(?:real|really|so|very|stay) classy\b|\bwhat a (?:leader|role model|class act|gem)\b(?=\s*[.!🙄🙃]|\s*$)/giu;

/**
 * Sarcasm that needs an eye-roll or scare quotes in the same stretch to be a put-down: "must be nice 🙃",
 * "great surgeon 🙄", "off for 'admin' again. must be nice" (but "must be nice to finally retire 😄").
 */
const SARCASM_WITH_MARKER =
  /\bmust be nice\b|\bnice work if you can get it\b|\bfunny how\b|\b(?:once again|yet again|again) (?:leaving|left|dumping|dumped|handing|handed|passing|passed) (?:me|us)\b|\bthanks (?:babe|hun|hon|love|so much|a lot|a bunch|for nothing)\b|\b(?:great|brilliant|amazing|stellar|fantastic|top|wonderful|lovely) (?:surgeon|doctor|doc|nurse|colleague|work|job|leader|leadership|teamwork|attending|consultant|registrar|medicine|care)\b/gi;
const SARCASM_MARKER = /🙄|🙃|😒|🤡|(?<![\w])['"‘“][\w ]{2,30}['"’”](?![\w])/u;

/** A next sentence still about the same colleague. */
const CONTINUES_ABOUT_THEM =
  /^(?:how|who|why|seriously|honestly|must be nice|nice work|great|brilliant|(?:has|hasn't|hasnt|never|doesn't|doesnt|can't|cant|couldn't|won't|didn't|still|always|refuses|thinks|acts|shows|keeps)\b)|\b(?:he|she|him|his|her|they|them|their|you|your)\b/i;
/** A strong role right before a name, with no "our" or "the": "charge nurse becky", "nurse manager tom". */
const ROLE_THEN_NAME =
  /\b(?:charge nurse|nurse manager|ward manager|practice manager|preceptor|attending|consultant|registrar|matron|manager|supervisor) (?!of\b|and\b|is\b|was\b|on\b|for\b)[a-z]{3,}\b/gi;
/** Incompetence idioms: "couldn't find a vein on a firehose", "couldn't diagnose a cold to save her life". */
const INCOMPETENCE_IDIOM =
  /\b(?:couldn't|could not|can't|cannot|couldnt|cant)\s[^.!?\n]{0,40}?\b(?:if (?:his|her|their) life depended on it|to save (?:his|her|their) (?:own )?life|with a map|with both hands|on a firehose|in a firehose|if it bit (?:him|her|them))|\bs+o+ (?:slow|lazy|useless|rude|incompetent|clueless)\b/gi;

function isProperName(text: string, match: RegExpExecArray): boolean {
  const at = match.index ?? 0;
  if (!/^[A-Z][a-z]/.test(match[0])) return false;
  return !/(?:^|[.!?\n]\s*|["'(]\s*)$/.test(text.slice(0, at)) || /^'s?\b|^'/.test(text.slice(at + match[0].length));
}

/** "<name> is the problem": only a put-down when the subject is the colleague named ("Sodium is the problem" is not). */
function blameOf(name: string): RegExp {
  return new RegExp(
    `\\b(?:${name}|he|she|they) (?:is|are|was) (?:the|our) (?:real |actual |only )?(?:problem|user error|weakest link|bottleneck|reason (?:we|nothing|everything))\\b`,
    "gi",
  );
}

/** "Kevin from IT closed my ticket again. Kevin IS the user error.": the next sentence names them again. */
function namesAgain(sentence: string, followUp: string): boolean {
  const names = new Set(sentence.match(/(?<=\S\s+)[A-Z][a-z]{2,}\b/g) ?? []);
  return (followUp.match(/\b[A-Z][a-z]{2,}\b/g) ?? []).some((word) => names.has(word));
}

/** Disparaging a named colleague in public ("Dr. Harris botched another case"). */
export const disparagingColleague: Rule = {
  id: "professionalism/disparaging-colleague",
  category: "professionalism",
  severity: "medium",
  summary:
    'Disparaging a named colleague ("Dr. Harris botched another case"), the verdict in the same or the next short sentences.',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    const all = sentences(text);
    all.forEach((sentence, index) => {
      // The verdict often follows in a sentence or two of its own: "... holding his hand. Pathetic."
      const said = text.slice(sentence.start, sentence.end);
      let scope: Span = sentence;
      // Up to two follow-up sentences; one-word beats ("every. single. time.") do not use up the budget.
      let budget = 2;
      for (const next of all.slice(index + 1, index + 6)) {
        if (budget === 0) break;
        const followUp = text.slice(next.start, next.end).trim();
        if ((followUp.match(/[\w']+/g)?.length ?? 0) > 1) budget--;
        const continues =
          (followUp.match(/[\w']+/g)?.length ?? 0) <= 4 ||
          CONTINUES_ABOUT_THEM.test(followUp) ||
          // A verdict that opens its own sentence: "lazy doesn't even begin to cover it."
          findAll(PUT_DOWN, followUp)[0]?.index === 0 ||
          namesAgain(said, followUp);
        if (!continues) break;
        scope = { start: sentence.start, end: next.end };
      }
      // Most sentences put nobody down: look for the put-down first, the colleague only when there is one.
      const scopeText = text.slice(scope.start, scope.end);
      // A capitalized put-down inside a sentence is a name ("the Cowboys' team physician").
      const putDowns = [
        ...findAll(PUT_DOWN, scopeText).filter((match) => !isProperName(scopeText, match)),
        ...findAll(MADE_CRY, scopeText),
        ...findAll(INCOMPETENCE_IDIOM, scopeText),
        ...findAll(MISTREATS, scopeText),
        ...findAll(SARCASTIC_PRAISE, scopeText),
        ...(SARCASM_MARKER.test(scopeText) ? findAll(SARCASM_WITH_MARKER, scopeText) : []),
      ];
      const mayBlame = / (?:is|are|was) (?:the|our) /i.test(scopeText);
      if (putDowns.length === 0 && !mayBlame) return;
      const slice = text.slice(sentence.start, sentence.end);
      const named =
        findAll(NAMED_COLLEAGUE, slice).find((match) => !NOT_NAMES.has(match[1] ?? "")) ??
        findAll(COLLEAGUE_BY_ROLE, slice)[0] ??
        findAll(ROLE_THEN_NAME, slice)[0] ??
        findAll(NAME_AND_DEPARTMENT, slice)[0];
      if (!named) return;
      // "Kevin IS the user error": blaming the colleague by name (or "he", "she") for the problem itself.
      if (mayBlame && named[1]) putDowns.push(...findAll(blameOf(named[1]), scopeText));
      if (putDowns.length === 0) return;
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
