import type { Post } from "../rules/rule";
import type { Span } from "../types";
import { cuesOf } from "./cues";
import { mentionsHealth } from "./health-terms";
import {
  GENERIC_INSTRUCTION,
  HANDLE_AS_PATIENT,
  MARKETING_BEFORE,
  NAMED_ONES_CARE,
  OTHER_CONFIRMATION,
  REPLY_THANKS,
  REPLY_THE_CARE,
  SPECIFIC_CARE,
  YOUR_CARE,
  YOUR_RELATIVE_CARE,
} from "./relationship-cues";

/** Meeting someone at a public event is not a treatment relationship ("we saw you at the health fair"). */
const PUBLIC_EVENT =
  /\b(?:fair|booth|festival|parade|race|5k|10k|marathon|walk|gala|fundraiser|conference|expo|market|game|open house|career day|community event|event|concert)\b/i;

/** "your" and the few words after it. */
const YOUR_WORDS = /\b(?:your|ur|yr) ((?:[\w'-]+ ){0,2}[\w'-]+)/gi;

const REPLY_SURFACES = new Set(["reply", "comment", "review-reply", "message"]);

const cache = new WeakMap<Post, Span[]>();

/** Spans of the phrases that confirm a treatment relationship with the person addressed or tagged. */
export function relationshipPhrases(post: Post): Span[] {
  const cached = cache.get(post);
  if (cached) return cached;
  const found: Span[] = [];
  const isReply = REPLY_SURFACES.has(post.context.surface ?? "") || /^\s*@\w/.test(post.text);
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
      if (!mentionsHealth(match[1] ?? "") || MARKETING_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at)))
        continue;
      const rest = sentence.text.slice(0, at) + sentence.text.slice(at + match[0].length);
      if (!isReply && !SPECIFIC_CARE.test(rest)) continue;
      found.push({ start: sentence.start + at, end: sentence.start + at + match[0].length });
      break;
    }
    const relativeCounts = !generic && (isReply || SPECIFIC_CARE.test(sentence.text));
    for (const regex of [
      OTHER_CONFIRMATION,
      HANDLE_AS_PATIENT,
      ...(relativeCounts ? [YOUR_RELATIVE_CARE] : []),
      ...(isReply ? [REPLY_THANKS, REPLY_THE_CARE] : []),
      ...(isReply && SPECIFIC_CARE.test(sentence.text) ? [NAMED_ONES_CARE] : []),
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
  cache.set(post, found);
  return found;
}

export function confirmsRelationship(post: Post): boolean {
  return relationshipPhrases(post).length > 0;
}
