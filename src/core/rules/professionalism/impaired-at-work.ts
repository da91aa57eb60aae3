import { DRINK_WORDS, IMPAIRMENT_WORDS, SOMEONE_ELSE, WORK_WORDS } from "../../lexicons/impairment";
import { findAll, phraseRegex, phraseTester, sentenceAt, wordsBefore } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const IMPAIRED = phraseRegex(IMPAIRMENT_WORDS);
const AT_WORK = phraseTester(WORK_WORDS);
const OTHERS = new Set(SOMEONE_ELSE);
/** "drunk driving", "drunk guy", "drinking water": the word describes someone or something else. */
const DESCRIBES_OTHERS =
  /^[\s-]*(?:driv\w*|guy|man|woman|lady|dude|patient|pt|idiot|uncle|people|tank|texts?|water|enough|fluids|coffee|tea|juice)\b/i;
/** Adjectives ("drunk", "wasted") count only after "I'm", "still", "while"... ("we wasted time" is fine). */
const ADJECTIVES =
  /^(?:drunk|tipsy|buzzed|wasted|smashed|plastered|sloshed|stoned|baked|hammered|blitzed|trolleyed|legless)$/i;
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
]);
const DRINKS = phraseRegex(DRINK_WORDS);
const AFTER_WORK = /\b(?:after|post|off|home from|end of)\b/i;
/** Advice to others about drinking and work ("if you've been drinking, you are not fit to take call"). */
const WARNING =
  /\bif you(?:'ve|'re| have| are| were)?\b|\bnot fit (?:to|for)\b|\b(?:never|don't|do not) (?:drink|work|come in)\b/i;
const CALLED_IN = /\b(?:got|get|was|been) (?:called|paged) (?:back )?in\b|\bcalled (?:me )?back in\b/i;
const OFF_DUTY = /\b(?:day off|off duty|off work|vacation|post-call|after work|weekend off)\b/i;

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
  summary: "Being drunk, hungover or high on call or at work.",
  judge(post: Post): Finding[] {
    const { text } = post;
    if (!AT_WORK.test(text) || OFF_DUTY.test(text)) return [];
    for (const match of findAll(DRINKS, text)) {
      const start = match.index ?? 0;
      const sentence = sentenceAt(text, start);
      const slice = text.slice(sentence.start, sentence.end);
      // "Hit the bar after shift, then got called back in": drinking after work, then back at work.
      const backAtWork = CALLED_IN.test(slice);
      if (!backAtWork && (!AT_WORK.test(slice) || AFTER_WORK.test(slice))) continue;
      if (WARNING.test(slice)) continue;
      return [impairmentFinding(match[0], start, start + match[0].length)];
    }
    for (const match of findAll(IMPAIRED, text)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = wordsBefore(text, start, 2);
      if (DESCRIBES_OTHERS.test(text.slice(end, end + 12))) continue;
      const sentence = sentenceAt(text, start);
      if (WARNING.test(text.slice(sentence.start, sentence.end))) continue;
      if (ADJECTIVES.test(match[0])) {
        if (USED_AS_VERB.test(text.slice(end, end + 12))) continue;
        const atSentenceStart = /(?:^|[.!?\n]\s*)$/.test(text.slice(0, start));
        if (OTHERS.has(before[1] ?? "") || !(atSentenceStart || before.some((word) => STATE_CUES.has(word)))) continue;
      }
      return [impairmentFinding(match[0], start, end)];
    }
    return [];
  },
};
