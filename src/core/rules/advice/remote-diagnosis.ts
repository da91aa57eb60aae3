import { CONDITIONS, REASSURING_DIAGNOSES } from "../../lexicons/medical";
import { findAll, isQuestion, phraseAlternatives, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { DEFERS_TO_CLINICIAN, isAimedAtSomeone } from "./_audience";

/** Ways to guess what someone has, longest first so that "is probably having" wins over "is probably". */
const GUESS_WORDS = [
  "what you're describing is",
  "what you are describing is",
  "what you describe is",
  "what you've described is",
  "what you're describing sounds like",
  "based on what you've described,? you're",
  "based on what you've described,? it's",
  "from what you've described,? you're",
  "from what you describe,? you're",
  "textbook",
  "i'd bet it's",
  "i bet it's",
  "bet it's",
  "my money's on",
  "my money is on",
  "i'd say it's",
  "i reckon it's",
  "reckon it's",
  "i'm sure it's",
  "i'm certain it's",
  "that's 100%",
  "is almost certainly",
  "is definitely",
  "is obviously",
  "is clearly",
  "is deffo",
  "is defo",
  "is def",
  "is 100%",
  "is probably having",
  "you probably have",
  "is likely having",
  "almost certainly",
  "she probably has",
  "it's most likely",
  "he probably has",
  "you're probably",
  "is most likely",
  "is just having",
  "definitely has",
  "probably just",
  "probably have",
  "that is just",
  "probably has",
  "sounds? like",
  "that's just",
  "is probably",
  "you're just",
  "looks? like",
  "most likely",
  "likely have",
  "seems? like",
  "definitely",
  "likely has",
  "you've got",
  "are having",
  "it's just",
  "is having",
  "they have",
  "she's got",
  "he's got",
  "you have",
  "probably",
  "could be",
  "might be",
  "you got",
  "classic",
  "you are",
  "she has",
  "you're",
  "that's",
  "he has",
  "it's",
];
const GUESS = new RegExp(
  `\\b(?:${GUESS_WORDS.join("|")})\\s+(?:(?:just|a|an|the|some|classic|probably|likely|most likely|definitely|def|defo|deffo|100%|totally|obviously|clearly|has|have|in|having|getting|dealing with|going into)\\s)?(?:(?:just|a|an|the|some|classic|harmless|benign|mild|simple|little|bad|nasty|early|active|false|mild|in)\\s)?`,
  "gi",
);
const CONDITION = new RegExp(`^${phraseAlternatives([...CONDITIONS, ...REASSURING_DIAGNOSES])}(?![\\w])`, "i");
/** "looks like flu season", "the flu is everywhere": about the public, not a person. */
const PUBLIC_SENSE =
  /^[\s-]*(?:season|awareness|month|week|cases|vaccines?|shots?|outbreak|testing|tests?|activity|numbers|day|and delivery|& delivery|ward|unit|nurses?|nursing|room|suite|prices?|station|money|leak|tank|mask|cylinders?|bill|is (?:here|everywhere|going around|spreading))\b/i;
/** "If you have ...", "So you've been diagnosed with ...": about the reader in general, or their own doctor's word. */
const CONDITIONAL_BEFORE = /\b(?:if|when|whether|unless|in case|so|once|diagnosed)\b/i;
/** Reading someone's results at a distance: "your labs look fine". */
const RESULTS_READ =
  /\b(?:your|ur|that|this) (?:[\w'-]+ )?(?:labs?|results|bloodwork|blood work|numbers|a1c|ekg|ecg|x-ray|scan|mri|ct|biopsy|pap|levels?|sats|oxygen|o2|sugars?|bp|blood pressure|heart rate|potassium|sodium|hemoglobin|iron|tsh|thyroid|psa|cholesterol|vitals|readings?|mole|rash|lump|spot|bump|lesion|wound|cut|bite|swelling) (?:of [\d./]+ )?(?:look|looks|are|is|seem|seems) (?:(?:totally|perfectly|completely|still|just|pretty|probably|definitely) )?(?:fine|normal|good|great|ok|okay|bad|off|high|low|benign|harmless|nothing|infected|cancerous|malignant)\b/gi;

/** Sending the person to be examined, rather than steering their treatment. */
const SENDS_TO_CARE = /\b(?:see|call|visit|go to) your (?:own )?(?:doctor|clinician|provider|pediatrician|dentist)\b/i;

/** A diagnosis of someone the poster has not examined ("sounds like strep", "you have shingles"). */
export const remoteDiagnosis: Rule = {
  id: "advice/remote-diagnosis",
  category: "advice",
  severity: "medium",
  summary: 'A diagnosis of a specific person at a distance ("sounds like strep", "your labs look fine").',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    const report = (start: number, end: number): void => {
      findings.push({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message:
          "This diagnoses one person you have not examined; online, that can create a patient-provider relationship and a missed diagnosis is on you.",
        start,
        end,
        suggestion: "that's worth getting checked by your own doctor",
      });
    };
    // "Sounds like a UTI. Please see your doctor today." sends the person to care: not a diagnosis given.
    if (DEFERS_TO_CLINICIAN.test(text) && SENDS_TO_CARE.test(text)) return [];
    for (const sentence of sentences(text)) {
      const slice = text.slice(sentence.start, sentence.end);
      if (isQuestion(text, sentence)) continue;
      if (!isAimedAtSomeone(post, sentence) && !/\b(?:you|your|you're)\b/i.test(slice)) continue;
      let found = false;
      for (const guess of findAll(GUESS, slice)) {
        const at = guess.index ?? 0;
        const after = slice.slice(at + guess[0].length);
        const condition = CONDITION.exec(after);
        if (!condition) continue;
        if (PUBLIC_SENSE.test(after.slice(condition[0].length))) continue;
        if (CONDITIONAL_BEFORE.test(slice.slice(0, at))) continue;
        report(sentence.start + at, sentence.start + at + guess[0].length + condition[0].length);
        found = true;
        break;
      }
      if (found) continue;
      const read = findAll(RESULTS_READ, slice)[0];
      if (read) report(sentence.start + (read.index ?? 0), sentence.start + (read.index ?? 0) + read[0].length);
    }
    return findings;
  },
};
