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
