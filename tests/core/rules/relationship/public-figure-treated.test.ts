import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "relationship/public-figure-treated";
const flags = (text: string) => check(text).findings.some((finding) => finding.rule === RULE);

describe(RULE, () => {
  it.each([
    "Yes, the quarterback was seen in our clinic today. No, I won't tell you why",
    "Can't say who, but a certain point guard sat in my exam room today with a swollen ankle",
    "Our mayor came in to get her stitches out this morning.",
    "Proud to have performed Governor Whitmore's cardiac catheterization last month.",
    "Who recognizes this famous face in our dental chair today?",
  ])("flags %j", (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    "The mayor cut the ribbon on our new cancer center today.",
    "Senator Lopez toured our NICU to learn about rural maternity care closures.",
    "Congrats to the Cleveland Cavaliers on the win!",
  ])("leaves %j alone", (text) => {
    expect(flags(text)).toBe(false);
  });
});
