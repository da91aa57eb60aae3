import { describe, expect, it } from "vitest";
import type { Surface } from "../../../../src/core/types";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/insulting-reviewer";
const reply = { surface: "review-reply" as Surface };

describe(RULE, () => {
  it.each([
    ["What a ridiculous review. Get a life.", "Get a life"],
    ["Your review is a lie and you know it. Pathetic.", "Pathetic"],
    ["People like you are why doctors burn out.", "People like you"],
    ["This review is nonsense written by a bitter person.", "nonsense"],
  ])("flags %j in a review reply", (text, words) => {
    expect(flaggedWords(RULE, text, reply)).toContain(words);
  });

  it("flags a reply on another surface when it talks about the review", () => {
    expect(findingsOf(RULE, "Nobody cares about your one-star review, clown.", { surface: "reply" })).not.toEqual([]);
  });

  it("leaves insults outside review replies to the other rules", () => {
    expect(findingsOf(RULE, "Get a life, printer.", { surface: "post" })).toEqual([]);
  });

  it.each([
    "Thank you for your feedback. Please call our practice manager so we can help.",
    "We're sorry to hear you were unhappy. We'd welcome the chance to talk.",
    "We can't discuss anyone's care online, but we'd like to hear from you directly.",
  ])("leaves a professional reply alone: %j", (text) => {
    expect(findingsOf(RULE, text, reply)).toEqual([]);
  });
});
