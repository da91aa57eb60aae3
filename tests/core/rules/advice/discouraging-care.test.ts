import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../../../src/core/types";
import { findingsOf } from "../../lexicons/conduct-test-kit";

const RULE = "advice/discouraging-care";
const comment: CheckContext = { surface: "comment" };
const post: CheckContext = { surface: "post" };

describe(RULE, () => {
  it.each([
    ["You don't need to see a doctor for that chest pain, it's probably anxiety.", comment],
    ["No need to see a doctor, that's just a pulled muscle.", comment],
    ["Skip the pediatrician, it clears up on its own.", comment],
    ["Don't worry about that A1c.", comment],
    ["Your son doesn't need antibiotics for that.", post],
  ])("flags %j", (text, context) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    ["Free flu shots this Saturday, no appointment needed.", post],
    ["Most colds don't need antibiotics. Rest and fluids.", post],
    ["So sorry. Please see your doctor or go to urgent care if it gets worse.", comment],
    ["You don't need to be perfect to start exercising.", comment],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});

describe(`${RULE}: skipping medicines and visits`, () => {
  it.each([
    "@grannygardens a BP like that is fine at your age, you don't need those pills",
    "@runner_k sounds like a stress fracture, skip the ortho visit and just rest it",
    "@old_bob you don't need that insulin, sugars of 300 are fine",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text, { surface: "reply" })).toHaveLength(1);
  });

  it("leaves walk-in news alone", () => {
    expect(findingsOf(RULE, "You don't need an appointment for flu shots this week, walk-ins welcome!")).toEqual([]);
  });
});

describe(`${RULE}: "don't go back to the ER"`, () => {
  it("flags a reply that keeps someone from going back", () => {
    expect(
      findingsOf(RULE, "@anna_k your potassium is fine, don't go back to the ER", { surface: "reply" }),
    ).toHaveLength(1);
  });
});

describe(`${RULE}: keeping their own clinician out of it, and "I wouldn't bother"`, () => {
  it.each([
    ["Cut the metformin in half for a bit. No need to tell your doctor, it's your body.", post],
    ["don't bother your psychiatrist with it, just halve the dose", post],
    ["I wouldn't bother with the MRI they've booked, it's almost always nothing", comment],
  ])("flags %j", (text, context) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    ["Tell your GP about every supplement you take.", post],
    ["Please don't stop a medicine without talking to your prescriber first.", comment],
    ["You don't need to wait for your GP appointment to book a smear, call the practice.", post],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});

describe(`${RULE}: waving off one person's symptom as "not an emergency"`, () => {
  it.each([
    "your dad's chest pain isn't an emergency, let him sleep it off",
    "her sats of 85 are not anything to worry about honestly",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text, { surface: "comment" })).toHaveLength(1);
  });

  it("leaves a public reminder about the ER alone", () => {
    const text = "a paper cut isn't an emergency, please save the ER for real emergencies 🙏";
    expect(findingsOf(RULE, text, { surface: "post" })).toEqual([]);
  });
});

describe(`${RULE}: "not an emergency" naming a service`, () => {
  it("leaves a pointer to the right service alone", () => {
    const text = "So sorry about your mum. Not an emergency number sadly, but 111 can help overnight.";
    expect(findingsOf(RULE, text, { surface: "comment" })).toEqual([]);
  });
});

describe("advice/discouraging-care: tests waved off", () => {
  it.each([
    "@leo_runs no need for an ECG at your age, it's just muscle",
    "you don't need bloodwork for that, drink more water",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text, { surface: "comment" })).toHaveLength(1);
  });
});
