import { REVIEWER_INSULTS } from "../../lexicons/reviewer-insults";
import { findAll, phraseRegex } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";

const INSULT = phraseRegex(REVIEWER_INSULTS);
/** A reply on another surface is still a review reply when it talks about the review. */
const ABOUT_A_REVIEW = /\b(?:reviews?|one[\s-]star|1[\s-]star|stars?|yelp|rating)\b/i;

/**
 * Insulting a reviewer in a reply. The relationship side (confirming the reviewer is a patient) is
 * judged by the PHI rules; this is the professionalism side.
 */
export const insultingReviewer: Rule = {
  id: "professionalism/insulting-reviewer",
  category: "professionalism",
  severity: "medium",
  summary: 'Insulting a reviewer in a review reply ("get a life", "pathetic", "people like you").',
  judge(post: Post): Finding[] {
    const surface = post.context.surface;
    const isReviewReply =
      surface === "review-reply" || ((surface === "reply" || surface === "comment") && ABOUT_A_REVIEW.test(post.text));
    if (!isReviewReply) return [];
    return findAll(INSULT, post.text).map((match) =>
      findingOnMatch(this, match, {
        message: `"${match[0]}" insults the reviewer; a calm, brief reply that invites them to call the office protects you better.`,
        suggestion: "",
      }),
    );
  },
};
