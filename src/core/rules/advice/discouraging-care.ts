import { findAll, isQuestion, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";
import { DEFERS_TO_CLINICIAN, isAimedAtSomeone } from "./_audience";

const CARE =
  "(?:a |an |the |your |ur |those |these |that |any |to see a |to see the |to see your |to go to the |to go to a |to go in|to be seen)?(?:pills|meds|medications?|tablets|inhalers?|statins?|insulin|blood pressure (?:meds|pills|medications?)|bp meds|doctor|dr|physician|er|emergency room|ed|urgent care|antibiotics|appointment|derm appointment|dermatologist|derm|stitches|x-ray|specialist|pediatrician|follow-up|cardiologist|scan|mri|imaging|ambulance|911|[a-z]+ologist|[a-z]+iatrist|surgeon|specialist appointment|vet|vets|vet visit|gp|a&e|dentist|walk-in|walk-in centre|walk-in center|out of hours|booster|boosters|booster shot|vaccine|shot|jab|flu shot|flu jab|mammogram|colonoscopy|screening|ecg|ekg|echo|stress test|blood tests?|bloodwork|blood work|labs|ct|ct scan|ultrasound|biopsy|pap smear|tetanus shot|(?:[a-z]+ )?(?:visit|appointment|appt|consult|check-?up|follow-up))";
/** Telling someone they do not need care, or to skip it. */
const DISCOURAGE: readonly RegExp[] = [
  /\b(?:don't|do not|no need to|never) (?:go|run|rush|bother going|go back|come back|head|head back) (?:to|into) (?:the |a |your )?(?:er|ed|emergency room|doctor|urgent care|hospital|clinic)\b/gi,
  new RegExp(`\\b(?:don't|do not|won't|will not|wouldn't|doesn't|does not|no) need(?:ed)? ${CARE}\\b`, "gi"),
  new RegExp(`\\bno need (?:to see|to go to|to call|for) ${CARE}\\b`, "gi"),
  new RegExp(
    `\\b(?:skip|avoid|don't bother with|don't bother going to|no point going to|waste of time going to) ${CARE}\\b`,
    "gi",
  ),
  /\b(?:wouldn'?t|would not|don'?t|do not|no point|not worth) (?:waste|wasting|bother wasting) (?:your|ur|their|his|her|the) (?:time|money) (?:getting (?:it|that|this|them) (?:checked|looked at|seen)|going (?:to|in)|seeing|on (?:a|the) (?:doctor|gp|vet|dentist|er|a&e))/gi,
  new RegExp(
    `\\b(?:i wouldn't|i would not|i'd not|wouldn't|would not) (?:bother|waste your time) (?:with|going to|getting|having)? ?${CARE}\\b`,
    "gi",
  ),
  // "your mum's sats at 88 aren't an emergency": waving off a reading or symptom told of one person.
  /\b(?:isn't|aren't|is not|are not|not|never) (?:an emergency|a big deal|worth (?:a|an) (?:trip|visit|call)|anything to worry about)\b(?! (?:number|line|service|department|dept|room|vet|dentist|clinic))/gi,
  /\b(?:don't|do not|no need to) (?:worry|stress) about (?:that |the |your |those )?(?:a1c|labs?|results|lump|mole|chest pain|numbers|blood pressure|bp|sugars?|bleeding|pain|symptoms|rash|fever)\b/gi,
];

/**
 * Keeping their own clinician out of it: "no need to tell your GP", "no need to wait for your psych
 * appt", "don't bother your prescriber". Said to whoever reads it, this is advice to hide a change of
 * treatment, so it needs no one-to-one audience.
 */
const BYPASS_CLINICIAN =
  /\b(?:no need to|don't|do not|dont|never|no point|don't bother to) (?:tell|inform|bother|check with|wait for|run it by|mention it to|let) (?:your|ur) (?:own )?(?:gp|doctor|dr|doc|prescriber|psych|psychiatrist|pharmacist|consultant|specialist|midwife|dentist|oncologist|cardiologist|endo|team|surgeon)(?:'s)?(?: appt| appointment| visit| know)?\b/gi;

/** Talking someone out of care ("you don't need to see a doctor for that", "skip the ER"). */
export const discouragingCare: Rule = {
  id: "advice/discouraging-care",
  category: "advice",
  severity: "medium",
  summary: 'Telling a specific person they do not need care ("you don\'t need to see a doctor for that").',
  judge(post: Post): Finding[] {
    const { text } = post;
    for (const sentence of sentences(text)) {
      const slice = text.slice(sentence.start, sentence.end);
      if (isQuestion(text, sentence) || DEFERS_TO_CLINICIAN.test(slice)) continue;
      const patterns = isAimedAtSomeone(post, sentence) ? [...DISCOURAGE, BYPASS_CLINICIAN] : [BYPASS_CLINICIAN];
      for (const pattern of patterns) {
        const match = findAll(pattern, slice)[0];
        if (!match) continue;
        return [
          findingOnMatch(
            this,
            match,
            {
              message:
                "This tells one person they do not need care; if you are wrong they may skip help they need, and you have advised a patient you never examined.",
              suggestion: "it's worth checking with a doctor",
            },
            sentence.start,
          ),
        ];
      }
    }
    return [];
  },
};
