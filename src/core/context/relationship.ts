import type { Post } from "../rules/rule";
import type { Span } from "../types";
import { cuesOf } from "./cues";
import { mentionsHealth } from "./health-terms";
import {
  CAME_IN_FOR_CARE,
  GENERIC_INSTRUCTION,
  HANDLE_AS_PATIENT,
  MARKETING_BEFORE,
  NAMED_ONES_CARE,
  OTHER_CONFIRMATION,
  REPLY_CARE_BOND,
  REPLY_THANKS,
  REPLY_THE_CARE,
  REPLY_YOUR_CARE_EVENT,
  SPECIFIC_CARE,
  TAGGED_HANDLE,
  YOUR_CARE,
  YOUR_RELATIVE_CARE,
} from "./relationship-cues";

/** Meeting someone at a public event is not a treatment relationship ("we saw you at the health fair"). */
const PUBLIC_EVENT =
  /\b(?:fair|booth|festival|parade|race|5k|10k|marathon|walk|gala|fundraiser|conference|expo|market|game|open house|career day|community event|event|concert)\b/i;

/** A clinician's own work ("your new clinic", "your residency", "your research"): not anyone's care. */
const WORKPLACE =
  /\b(?:clinic|practice|office|hospital|unit|ward|job|role|team|residency|fellowship|program|research|paper|talk|lecture|department|shift|career|specialty|rotation|boards?|study|studies|lab|grant|poster)\b/gi;

/** "your" and the few words after it. */
const YOUR_WORDS = /\b(?:your|ur|yr) ((?:[\w'-]+ ){0,2}[\w'-]+)/gi;

const REPLY_SURFACES = new Set(["reply", "comment", "review-reply", "message"]);
/** "Hi Rosa,", "Dear Ms. O'Sullivan,", "Hello David Johnson!": a post that opens by addressing someone is a reply to them. */
const GREETING_START =
  /^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))\s(?:(?:M[rs]|Mrs|Miss|Mx)\.?\s)?[A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+){0,2}\s?[,!]/u;

const cache = new WeakMap<Post, Span[]>();

/** Spans of the phrases that confirm a treatment relationship with the person addressed or tagged. */
export function relationshipPhrases(post: Post): Span[] {
  const cached = cache.get(post);
  if (cached) return cached;
  const found: Span[] = [];
  const repliedTo = REPLY_SURFACES.has(post.context.surface ?? "") || /^\s*@\w/.test(post.text);
  // A greeting makes the post a reply for care nouns ("Hi Rosa, your son's file"), but "your" before any
  // health word ("Hey Marcus, how's your new clinic?") is too loose to read as care without a real reply.
  const isReply = repliedTo || GREETING_START.test(post.text);
  for (const sentence of cuesOf(post).sentences) {
    const generic =
      GENERIC_INSTRUCTION.test(sentence.text) &&
      !/\b(?:noted|records show|your chart)\b/i.test(sentence.text) &&
      // "Your new glasses are in, pick them up anytime": something of theirs is ready, said to them.
      !(isReply && /\b(?:is|are) (?:in|ready|back|done)\b/i.test(sentence.text));
    YOUR_CARE.lastIndex = 0;
    for (const match of generic ? [] : sentence.text.matchAll(YOUR_CARE)) {
      const at = match.index ?? 0;
      if (MARKETING_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at))) continue;
      const rest = sentence.text.slice(0, at) + sentence.text.slice(at + match[0].length);
      if (!isReply && !SPECIFIC_CARE.test(rest)) continue;
      if (!isReply && sentence.organizationVoice && !SPECIFIC_CARE.test(rest)) continue;
      found.push({ start: sentence.start + at, end: sentence.start + at + match[0].length });
    }
    if (PUBLIC_EVENT.test(sentence.text)) continue;
    // "your tumor markers came down": any health words right after "your", judged like a care noun.
    YOUR_WORDS.lastIndex = 0;
    for (const match of generic || found.length > 0 ? [] : sentence.text.matchAll(YOUR_WORDS)) {
      const at = match.index ?? 0;
      if (
        !mentionsHealth((match[1] ?? "").replace(WORKPLACE, "")) ||
        MARKETING_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at))
      )
        continue;
      const rest = sentence.text.slice(0, at) + sentence.text.slice(at + match[0].length);
      if (!repliedTo && !SPECIFIC_CARE.test(rest)) continue;
      found.push({ start: sentence.start + at, end: sentence.start + at + match[0].length });
      break;
    }
    const relativeCounts = !generic && (isReply || SPECIFIC_CARE.test(sentence.text));
    for (const regex of [
      OTHER_CONFIRMATION,
      HANDLE_AS_PATIENT,
      ...(relativeCounts ? [YOUR_RELATIVE_CARE] : []),
      ...(isReply ? [REPLY_THANKS, REPLY_THE_CARE] : []),
      ...(repliedTo ? [REPLY_YOUR_CARE_EVENT, REPLY_CARE_BOND] : []),
      // "We'll email Ava's immunization record to you": a named one's records, sent to the person replied to.
      ...(isReply && (SPECIFIC_CARE.test(sentence.text) || /\b(?:records?|chart|file|results)\b/i.test(sentence.text))
        ? [NAMED_ONES_CARE]
        : []),
    ]) {
      const match = regex.exec(sentence.text);
      // "Ask at your child's next dental check": advice about a visit to come, not anyone's visit.
      if (
        match &&
        regex === YOUR_RELATIVE_CARE &&
        MARKETING_BEFORE.test(sentence.text.slice(Math.max(0, match.index - 30), match.index))
      )
        continue;
      if (match)
        found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
    }
  }
  // A tagged handle next to someone's own visit: "look who came in for her 20 week scan!! @kaylee.m".
  const sentences = cuesOf(post).sentences;
  sentences.forEach((sentence, index) => {
    const match = CAME_IN_FOR_CARE.exec(sentence.text);
    if (!match) return;
    const near = sentences.slice(Math.max(0, index - 1), index + 2);
    if (near.some((other) => TAGGED_HANDLE.test(other.text)))
      found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
  });
  cache.set(post, found);
  return found;
}

export function confirmsRelationship(post: Post): boolean {
  return relationshipPhrases(post).length > 0;
}
