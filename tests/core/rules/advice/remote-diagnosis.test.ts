import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../../../src/core/types";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "advice/remote-diagnosis";
const comment: CheckContext = { surface: "comment" };
const post: CheckContext = { surface: "post" };

describe(RULE, () => {
  it.each([
    ["@jenny_w sounds like strep.", post, "sounds like strep"],
    ["Sounds like a UTI to me.", post, "Sounds like a UTI"],
    ["that mole looks like melanoma", comment, "looks like melanoma"],
    ["Based on what you've described, you have shingles.", comment, "you have shingles"],
    ["Your kid probably has croup.", comment, "probably has croup"],
    ["From your description it's most likely gout.", comment, "it's most likely gout"],
    ["Your labs look fine to me.", comment, "Your labs look fine"],
  ])("flags %j", (text, context, words) => {
    expect(flaggedWords(RULE, text, context)).toEqual([words]);
  });

  it.each([
    ["If you have a high fever or trouble swallowing, see your doctor.", post],
    ["It sounds like a lot, but 150 minutes a week is 22 minutes a day.", post],
    ["Looks like flu season is here. Get your shot!", post],
    ["Do you have a migraine? Here are five triggers to track.", post],
    ["I have migraines too, hang in there.", comment],
    ["So you have diabetes. Now what? Our free class can help.", post],
    ["Sounds like a UTI. Please see your doctor today.", comment],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});
