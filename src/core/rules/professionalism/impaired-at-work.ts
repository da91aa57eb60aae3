import {
  DRINK_COUNT,
  DRINK_WORDS,
  IMPAIRMENT_WORDS,
  SEDATIVE_WORDS,
  SOMEONE_ELSE,
  WORK_WORDS,
  WORKPLACE_SPOTS,
} from "../../lexicons/impairment";
import { findAll, isQuestion, phraseRegex, phraseTester, sentenceAt, wordsBefore } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const IMPAIRED = phraseRegex(IMPAIRMENT_WORDS);
const AT_WORK = phraseTester(WORK_WORDS);
const OTHERS = new Set(SOMEONE_ELSE);
/** "drunk driving", "drunk guy", "drinking water": the word describes someone or something else. */
const DESCRIBES_OTHERS =
  /^[\s-]*(?:driv\w*|guy|man|woman|lady|dude|patient|pt|idiot|uncle|people|tank|texts?|water|enough|fluids|coffee|tea|juice|patients|pts|students?|teens?|teenagers?|kids?|folks|visitors?|fans?|tourists?|customers?|partygoers|revellers|freshers|bros?|lads|girls?|boys?|couples?|crowds?|punters|passengers?|parents?|dads?|moms?|mums?|adults?|men|women)\b/i;
/** Adjectives ("drunk", "wasted") count only after "I'm", "still", "while"... ("we wasted time" is fine). */
const ADJECTIVES =
  /^(?:drunk|tipsy|buzzed|wasted|smashed|plastered|sloshed|stoned|baked|hammered|blitzed|trolleyed|legless|zooted|crossfaded|sauced|tanked)$/i;
/** "hammered out 40 flu jabs", "smashed it", "baked cookies": the verb, not the state. */
const USED_AS_VERB = /^[\s-]*(?:out|away|it|through|that|this|the|my|a|an|cookies|goods|bread|some|no time)\b/i;
const STATE_CUES = new Set([
  "i'm",
  "im",
  "am",
  "was",
  "were",
  "be",
  "been",
  "being",
  "get",
  "got",
  "getting",
  "so",
  "still",
  "totally",
  "little",
  "bit",
  "kinda",
  "while",
  "slightly",
  "pretty",
  "very",
  "too",
  "feel",
  "feeling",
  "and",
  "charting",
  "working",
  "rounding",
  "again",
  "proper",
  "properly",
  "really",
  "absolutely",
  "lil",
  "bit",
  "mildly",
  "abit",
]);
/**
 * "still little bit high only", "kinda high rn": "high" is a state only after a state cue and at the end
 * of its clause, never before a noun ("high dose", "high risk", "high blood pressure").
 */
const HIGH =
  /\bhigh(?=\s*(?:[,.!?;:)…]|$|\p{Extended_Pictographic})|\s+(?:only|af|rn|still|lol|lmao|tbh|now|and|but|from|after|off|tho|though|ngl|while|during|at|on)\b)/giu;
/** A sedative the poster took: "took 2 of my own zopiclone", "popped a benadryl". */
const SEDATIVE = phraseRegex(SEDATIVE_WORDS);
/** Cues that make "high" the poster's state; not "was"/"too" ("his sugar was high", "dose too high"). */
const HIGH_CUES = new Set([
  "i'm",
  "im",
  "still",
  "bit",
  "little",
  "lil",
  "kinda",
  "slightly",
  "proper",
  "feeling",
  "abit",
]);
/** "pt took her oxy", "gave him ativan": the drug went to someone else, not the poster. */
const SOMEONE_ELSE_TOOK =
  /\b(?:he|she|they|his|her|their|him|them|pt|pts|patient|patients|mom|dad|baby|kid|child|family|resident|gave|give|giving|given|pushed|prescribed|ordered)\b/i;
const TOOK = /\b(?:took|taken|taking|take|popped|had|swallowed)\b/i;
/**
 * Falling asleep in the middle of care ("nodded off while hanging a heparin drip"), or so short of sleep
 * that a drug error happened ("slept 2 hrs in 3 days and just drew up the wrong dose"): impairment at
 * the bedside without a drop of drink.
 */
const ASLEEP_AT_TASK =
  /\b(?:nodded|nodding|dozed|dozing|fell|falling|passed) (?:off|asleep)\b(?: [\w']+){0,3}? (?:while|whilst|mid|during|in the middle of|halfway through|charting|hanging|giving|pushing|drawing|suturing|scrubbed|driving)\b/gi;
/** Someone else falling asleep ("she fell asleep while we sutured"): the patient, not the poster. */
const SOMEONE_ASLEEP = new Set([
  "he",
  "she",
  "they",
  "patient",
  "pt",
  "baby",
  "kid",
  "child",
  "mom",
  "dad",
  "husband",
  "wife",
  "son",
  "daughter",
  "guy",
  "lady",
  "man",
  "woman",
  "who",
]);
const SHORT_OF_SLEEP =
  /\b(?:slept|sleep|sleeping)(?: maybe| like| about| only| barely)? (?:\d|two|three|four)\s?(?:hrs?|hours?)\b(?: [\w']+){0,3}? (?:in|over|across) (?:\d|two|three|four|the last)|\b(?:no sleep|zero sleep|not slept|haven't slept|havent slept) (?:in|for) (?:\d|two|three|days)|\bawake for (?:\d{2}|thirty|forty)\s?(?:hrs?|hours?)\b/i;
const CARE_ERROR =
  /\b(?:wrong (?:dose|drug|med|medication|patient|pt|site|side|bag|rate)|(?:almost|nearly) (?:gave|give|hung|pushed|gave the wrong)|med error|drug error|miscalculated)\b/i;
const DRINKS = phraseRegex(DRINK_WORDS);
/**
 * Someone else's drinking, named just before the word: "patients lie about how much they drink", "his
 * dad was drinking again", "asked about drinking". A history taken, not the poster on duty.
 */
const SOMEONE_ELSE_DRINKS =
  /\b(?:he|she|they|he's|she's|they're|his|her|their|him|them|pt|pts|patient|patients|people|folks|mom|dad|son|daughter|husband|wife|kid|kids|teens?|family|client|clients|who|about|how much|how often|history of|screen(?:ed|ing)? for)\b/i;
const ON_PREMISES = phraseTester(WORKPLACE_SPOTS);
/** "2 pints of ice cream", "a pint of blood": the measure, not a drink. */
const NOT_A_DRINK =
  /^\s+of (?:ice cream|blood|prbcs?|plasma|platelets|milk|breast ?milk|formula|water|juice|coffee|tea|saline|fluids?|urine)\b/i;
/** "after shift", "off work"; not a pager that "went off". */
const AFTER_WORK = /\b(?:after|post|(?<!\b(?:went|goes|going|go|gone|keeps going) )off|home from|end of)\b/i;
/** Advice to others about drinking and work ("if you've been drinking, you are not fit to take call"). */
const WARNING =
  /\bif you(?:'ve|'re| have| are| were)?\b|\bnot fit (?:to|for)\b|\b(?:never|don't|do not) (?:drink|work|come in|come to)\b/i;
const CALLED_IN = /\b(?:got|get|was|been) (?:called|paged) (?:back )?in\b|\bcalled (?:me )?back in\b/i;
/**
 * Drinks counted and then work: "had 3 glasses of wine before they called me in for a section", "two
 * pints then straight into theatre". The order says the poster came to work after drinking.
 */
const DRANK_BEFORE_WORK =
  /\b(?:had|drank|downed|necked|sank|after) (?:\d{1,2}|two|three|four|five|a few|a couple(?: of)?|couple(?: of)?|some) (?:glass(?:es)?|pints?|drinks?|beers?|shots?|wines?|cocktails?|margs?|ciders?)\b(?: of [\w'é-]+)? (?:before|then|and then|right before|just before)\b[^.!?\n]{0,40}?\b(?:called|paged|shift|call|case|surgery|section|c-section|clinic|rounds|work|handover|theatre|theater|the or|delivery|code)\b/gi;
const STAYED_AWAY = /\b(?:sick|not|n't|never|cancel(?:led|ed)?|swapped|someone else)\b/i;
const OFF_DUTY =
  /\b(?:day off|off duty|off work|(?:called|calling|call|rang|ringing) in sick|vacation|post-call|after work|weekend off|pager off|pager's off|no pager|not on call|off call)\b/i;

/** "Wine and cheese evening for retired nurses at the clinic hall": an event announced, nobody drinking on duty. */
const EVENT =
  /\b(?:evening|gala|fundraiser|social|reception|tasting|mixer|celebration|event|night out|awards night|retirement do)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|me|my)\b/i;

function impairmentFinding(words: string, start: number, end: number): Finding {
  return {
    rule: "professionalism/impaired-at-work",
    category: "professionalism",
    severity: "medium",
    message: `Posting about drinking or being impaired ("${words}") while on call or at work suggests unsafe care; employers and licensing boards act on posts like this.`,
    start,
    end,
  };
}

/** Posting about being drunk, hungover or high on call or at work. */
export const impairedAtWork: Rule = {
  id: "professionalism/impaired-at-work",
  category: "professionalism",
  severity: "medium",
  summary: "Being drunk, hungover or high on call or at work, or drinking on the premises.",
  judge(post: Post): Finding[] {
    const { text } = post;
    if (OFF_DUTY.test(text)) return [];
    const asleep = findAll(ASLEEP_AT_TASK, text).find(
      (match) => !wordsBefore(text, match.index ?? 0, 2).some((word) => SOMEONE_ASLEEP.has(word)),
    );
    if (asleep) return [impairmentFinding(asleep[0], asleep.index ?? 0, (asleep.index ?? 0) + asleep[0].length)];
    const error = CARE_ERROR.exec(text);
    if (error && SHORT_OF_SLEEP.test(text))
      return [impairmentFinding(error[0], error.index, error.index + error[0].length)];
    // "had 2 glasses of wine then called in sick": staying away from work is the opposite.
    const drankFirst = findAll(DRANK_BEFORE_WORK, text).find(
      (match) =>
        !STAYED_AWAY.test(text.slice(match.index ?? 0, (match.index ?? 0) + match[0].length + 12)) &&
        !WARNING.test(text.slice(sentenceAt(text, match.index ?? 0).start, (match.index ?? 0) + match[0].length)),
    );
    if (drankFirst)
      return [impairmentFinding(drankFirst[0], drankFirst.index ?? 0, (drankFirst.index ?? 0) + drankFirst[0].length)];
    if (!AT_WORK.test(text)) return [];
    for (const match of findAll(SEDATIVE, text)) {
      const start = match.index ?? 0;
      const sentence = sentenceAt(text, start);
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      if (!TOOK.test(before) || SOMEONE_ELSE_TOOK.test(before)) continue;
      if (AFTER_WORK.test(text.slice(sentence.start, sentence.end))) continue;
      if (WARNING.test(text.slice(sentence.start, sentence.end))) continue;
      return [impairmentFinding(match[0], start, start + match[0].length)];
    }
    for (const match of [...findAll(DRINKS, text), ...findAll(DRINK_COUNT, text)]) {
      const start = match.index ?? 0;
      const sentence = sentenceAt(text, start);
      const slice = text.slice(sentence.start, sentence.end);
      if (NOT_A_DRINK.test(text.slice(start + match[0].length))) continue;
      const lead = text.slice(Math.max(sentence.start, start - 30), start);
      if (SOMEONE_ELSE_DRINKS.test(lead) && !FIRST_PERSON.test(lead)) continue;
      // "Hit the bar after shift, then got called back in": drinking after work, then back at work.
      const backAtWork = CALLED_IN.test(slice) || ON_PREMISES.test(slice);
      if (!backAtWork && (!AT_WORK.test(slice) || AFTER_WORK.test(slice))) continue;
      if (WARNING.test(slice)) continue;
      if (EVENT.test(slice) && !FIRST_PERSON.test(slice)) continue;
      return [impairmentFinding(match[0], start, start + match[0].length)];
    }
    for (const match of [...findAll(IMPAIRED, text), ...findAll(HIGH, text)]) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = wordsBefore(text, start, 2);
      if (DESCRIBES_OTHERS.test(text.slice(end, end + 12))) continue;
      const sentence = sentenceAt(text, start);
      const lead = text.slice(Math.max(sentence.start, start - 30), start);
      if (/^drink/i.test(match[0]) && SOMEONE_ELSE_DRINKS.test(lead) && !FIRST_PERSON.test(lead)) continue;
      if (WARNING.test(text.slice(sentence.start, sentence.end))) continue;
      // "Hungover? Please don't come to A&E for it": a question to the reader, not the poster's state.
      if (isQuestion(text, sentence) && !/\b(?:i|i'm|im|me|my)\b/i.test(text.slice(sentence.start, sentence.end)))
        continue;
      if (/^high$/i.test(match[0])) {
        if (!before.some((word) => HIGH_CUES.has(word))) continue;
      } else if (ADJECTIVES.test(match[0])) {
        if (USED_AS_VERB.test(text.slice(end, end + 12))) continue;
        const atSentenceStart = /(?:^|[.!?\n]\s*)$/.test(text.slice(0, start));
        if (OTHERS.has(before[1] ?? "") || !(atSentenceStart || before.some((word) => STATE_CUES.has(word)))) continue;
      }
      return [impairmentFinding(match[0], start, end)];
    }
    return [];
  },
};
