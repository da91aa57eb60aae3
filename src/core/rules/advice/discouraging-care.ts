import { findAll, isQuestion, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";
import { DEFERS_TO_CLINICIAN, isAimedAtSomeone } from "./_audience";

const CARE =
  "(?:a |an |the |your |to see a |to see the |to see your |to go to the |to go to a |to go in|to be seen)?(?:doctor|dr|physician|er|emergency room|ed|urgent care|antibiotics|appointment|derm appointment|dermatologist|derm|stitches|x-ray|specialist|pediatrician|follow-up|cardiologist|scan|mri|imaging|ambulance|911|[a-z]+ologist|[a-z]+iatrist|surgeon|specialist appointment|vet|vets|vet visit|gp|a&e|dentist|walk-in|walk-in centre|walk-in center|out of hours|booster|boosters|booster shot|vaccine|shot|jab|flu shot|flu jab|mammogram|colonoscopy|screening|pap smear|tetanus shot)";
/** Telling someone they do not need care, or to skip it. */
const DISCOURAGE: readonly RegExp[] = [
  /\b(?:don't|do not|no need to|never) (?:go|run|rush|bother going) (?:to|into) (?:the |a |your )?(?:er|ed|emergency room|doctor|urgent care|hospital|clinic)\b/gi,
  new RegExp(`\\b(?:don't|do not|won't|will not|wouldn't|doesn't|does not|no) need(?:ed)? ${CARE}\\b`, "gi"),
  new RegExp(`\\bno need (?:to see|to go to|to call|for) ${CARE}\\b`, "gi"),
  new RegExp(
    `\\b(?:skip|avoid|don't bother with|don't bother going to|no point going to|waste of time going to) ${CARE}\\b`,
    "gi",
  ),
  /\b(?:wouldn'?t|would not|don'?t|do not|no point|not worth) (?:waste|wasting|bother wasting) (?:your|ur|their|his|her|the) (?:time|money) (?:getting (?:it|that|this|them) (?:checked|looked at|seen)|going (?:to|in)|seeing|on (?:a|the) (?:doctor|gp|vet|dentist|er|a&e))/gi,
  /\b(?:don't|do not|no need to) (?:worry|stress) about (?:that |the |your |those )?(?:a1c|labs?|results|lump|mole|chest pain|numbers|blood pressure|bp|sugars?|bleeding|pain|symptoms|rash|fever)\b/gi,
];

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
      if (!isAimedAtSomeone(post, sentence)) continue;
      for (const pattern of DISCOURAGE) {
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
