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

describe(`${RULE}: "what you're describing is"`, () => {
  it.each([
    [
      "@kim_r from what you've described, you're probably diabetic.",
      "from what you've described, you're probably diabetic",
    ],
    ["@andy what you're describing is panic attacks.", "what you're describing is panic attacks"],
    [
      "Based on what you've described, you're likely hypothyroid.",
      "Based on what you've described, you're likely hypothyroid",
    ],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text, { surface: "comment" })).toContain(words);
  });

  it("leaves a general teaching case alone", () => {
    expect(findingsOf(RULE, "Textbook case of appendicitis today, great teaching for the students.")).toEqual([]);
  });
});

describe(`${RULE}: reading a photo or a number at a distance`, () => {
  it.each([
    ["@mark22 that mole looks totally benign from the photo", "that mole looks totally benign"],
    ["@anna_k your potassium of 5.9 is nothing", "your potassium of 5.9 is nothing"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text, { surface: "reply" })).toContain(words);
  });
});

describe("advice/remote-diagnosis: everyday British names and lesions in a photo", () => {
  it.each([
    "that lump in your photo looks like a sebaceous cyst, nothing to worry about",
    "at your age it's almost certainly just haemorrhoids",
    "sounds like classic tennis elbow to me",
  ])("flags %j", (text) => {
    expect(findingsOf("advice/remote-diagnosis", text, { surface: "comment" })).toHaveLength(1);
  });

  it("leaves an awareness post alone", () => {
    expect(
      findingsOf("advice/remote-diagnosis", "Frozen shoulder affects 1 in 20 people. Physio helps.", {
        surface: "post",
      }),
    ).toEqual([]);
  });
});

describe("advice/remote-diagnosis: pregnancy, babies and everyday injuries", () => {
  it.each([
    "from what you're saying you're in active labour, get to the hospital",
    "that's just colic, he'll grow out of it",
    "sounds like a pinched nerve, ice and rest",
    "you're having braxton hicks, totally normal",
  ])("flags %j", (text) => {
    expect(findingsOf("advice/remote-diagnosis", text, { surface: "comment" })).toHaveLength(1);
  });

  it.each([
    "it's labor day weekend and you're working, thank you",
    "you're in labor and delivery now? congrats on the new job",
  ])("leaves %j alone", (text) => {
    expect(findingsOf("advice/remote-diagnosis", text, { surface: "comment" })).toEqual([]);
  });
});

describe(`${RULE}: a benign complaint guessed for someone`, () => {
  it.each([
    [
      "@marco.t that tummy ache after meals is probably just gas, nothing to worry about",
      comment,
      "is probably just gas",
    ],
    ["that itchy patch sounds like contact dermatitis to me", comment, "sounds like contact dermatitis"],
    ["Your son's leg aches at night are most likely growing pains.", comment, "most likely growing pains"],
  ])("flags %j", (text, context, words) => {
    expect(flaggedWords(RULE, text, context)).toEqual([words]);
  });

  it.each([
    ["Looks like gas prices are up again, carpool to the health fair!", post],
    ["It's gas station sushi season again, please don't.", comment],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});
