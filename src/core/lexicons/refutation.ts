import type { Span } from "../types";
import { isQuestion, sentenceAfter, sentenceAt, wordsBefore } from "./text-search";

/**
 * Whether a health claim found in a post is asserted or refuted. "Vaccines cause autism" is
 * misinformation; "Myth: vaccines cause autism. Fact: ...", "the study claiming vaccines cause autism
 * was retracted" and "No, the flu shot can't give you the flu" are the opposite, and must stay clean.
 */

const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "nothing",
  "neither",
  "nor",
  "cannot",
  "can't",
  "won't",
  "doesn't",
  "don't",
  "isn't",
  "aren't",
  "didn't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "shouldn't",
  "couldn't",
  "wouldn't",
  "nope",
  "dont",
  "doesnt",
  "cant",
  "wont",
]);

/** Someone else's claim being reported, not made: "the study claiming", "some people say". */
const REPORTED =
  /\b(?:claims?|claimed|claiming|says?|said|saying|told|heard|rumou?rs?|the idea that|the notion that|the belief that|myths? that|misconceptions?|believe that|thinks? that)\b/i;
/** Words that, anywhere in the sentence around the claim, mark it as refuted or tested. */
const DEBUNKED =
  /\b(?:myths?|false|falsely|debunked?|debunking|retracted|disproven|disproved|not true|untrue|no evidence|no (?:good|real|reliable|strong|solid|scientific|convincing|clinical) evidence|little evidence|not a cure|no link|no benefit|no proof|not supported|wrong|misinformation|no such thing|doesn't exist|don't exist|does not exist|do not exist|did not improve|didn't improve|failed to|not proven|unproven|fact check|fact-check|despite)\b/i;
/** A next sentence that answers the claim: "Some say the flu shot gives you the flu. It doesn't." */
const REBUTTAL =
  /^\s*(?:it doesn't|it does not|it can't|it cannot|it won't|it will not|it isn't|it is not|they don't|they do not|they can't|they won't|that's not|that is not|not true|false|wrong|nope|no[.,!:]|that's a myth|this is a myth|fact:|truth:|reality:|actually|in fact|the truth|the evidence|studies show|research shows)/i;
/** A whole post in myth-busting form ("Myth: ... Fact: ...", "#mythbusting"). */
const MYTH_BUSTING =
  /\b(?:myth\s*:|fact\s*:|myths? (?:and|vs\.?|versus) facts?|mythbust\w*|myth-bust\w*|factcheck\w*|fact check\w*|debunk\w*)/i;

/** The claim denied right after it: "Detox foot pads don't remove toxins", "... isn't true". */
const DENIED_AFTER =
  /^\s*(?:don't|do not|doesn't|does not|can't|cannot|won't|will not|aren't|are not|isn't|is not|do nothing|does nothing|are a scam|is a scam|are useless|is a myth|are a myth)\b/i;

/** A sentence whose subject is negated: "No vaccine is 100% effective", "Nothing cures ...". */
const NEGATED_SUBJECT = /^\s*(?:no|nothing|none|not all|not every|no one|there(?:'s| is| are) no)\b/i;

/** The claim inside quotes on its line: "don't forward the 'turmeric cures cancer' messages". */
function isInQuotes(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const opens = /(?:^|[\s(:])["'“‘][^"'“”‘’\n]*$/.test(before);
  return opens && /^[^"'”’\n]{0,60}["'”’](?!\w)/.test(text.slice(span.end, span.end + 62));
}

export interface RefutationOptions {
  /** False when the claim itself contains a negation ("you can't get pregnant while breastfeeding"). */
  negationInside?: boolean;
}

/** True when the claim at `span` is refuted, questioned or reported rather than asserted. */
export function isRefuted(text: string, span: Span, options: RefutationOptions = {}): boolean {
  if (MYTH_BUSTING.test(text) || isInQuotes(text, span)) return true;
  const sentence = sentenceAt(text, span.start);
  if (isQuestion(text, sentence)) return true;
  const before = text.slice(sentence.start, span.start);
  if (REPORTED.test(before) || NEGATED_SUBJECT.test(before)) return true;
  if (DEBUNKED.test(before) || DEBUNKED.test(text.slice(span.end, sentence.end))) return true;
  if (wordsBefore(text, span.start, 2).some((word) => NEGATIONS.has(word))) return true;
  if (DENIED_AFTER.test(text.slice(span.end, sentence.end))) return true;
  if (options.negationInside !== false) {
    const inside =
      text
        .slice(span.start, span.end)
        .toLowerCase()
        .match(/[\w']+/g) ?? [];
    if (inside.some((word) => NEGATIONS.has(word))) return true;
  }
  const next = sentenceAfter(text, span.start);
  return next !== undefined && REBUTTAL.test(text.slice(next.start, next.end));
}
