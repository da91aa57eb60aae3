import type { Span } from "../../types";
import type { Post } from "../rule";

/** Surfaces where a sentence in the second person is said to one person, not to the public. */
const ONE_TO_ONE = new Set(["reply", "comment", "message", "review-reply"]);
/** Words that point a sentence at one person even in a public post. */
const ONE_PERSON =
  /@\w|\b(?:(?:your|ur) (?:son|daughter|kid|kids|child|baby|little one|husband|wife|partner|mom|mum|mother|dad|father|sister|brother|grandma|grandpa|nan|gran|friend|dog|cat|pup|puppy|kitten|pet|rabbit|horse)|for that|for this|for it|at your age|to me|for you|for u|(?:in|from) (?:your|ur) (?:photo|pic|picture|post|description|video))\b/i;

/**
 * True when advice in `span` is aimed at a specific person: a reply, comment or message; a post that
 * tags someone; or a sentence about "your son", "that rash", "at your age". A general post ("get your
 * flu shot") is public-health education, not individual advice.
 */
export function isAimedAtSomeone(post: Post, span: Span): boolean {
  if (ONE_TO_ONE.has(post.context.surface ?? "")) return true;
  if (/(?:^|\s)@\w/.test(post.text)) return true;
  return ONE_PERSON.test(post.text.slice(span.start, span.end));
}

/** Sentences that hand the question back to the person's own clinician are not advice. */
export const DEFERS_TO_CLINICIAN =
  /\b(?:as prescribed|as directed|(?<!\b(?:no need to|don't|do not|never|wouldn't|won't) )(?:ask|talk to|check with|call|see) your (?:own )?(?:doctor|pharmacist|prescriber|clinician|provider|dentist|surgeon|pediatrician)|can't give (?:medical )?advice|cannot give (?:medical )?advice)\b/i;
