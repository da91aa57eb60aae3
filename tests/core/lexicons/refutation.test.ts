import { describe, expect, it } from "vitest";
import { isRefuted } from "../../../src/core/lexicons/refutation";

/** The span of `claim` inside `text`. */
function at(text: string, claim: string) {
  const start = text.indexOf(claim);
  return { start, end: start + claim.length };
}

describe("isRefuted", () => {
  it.each([
    ["Vaccines cause autism. Do your research.", "Vaccines cause autism"],
    ["Never getting the flu vaccine again, it gave me the flu.", "flu vaccine again, it gave me the flu"],
    ["This tea cures diabetes.", "cures diabetes"],
  ])("treats %j as asserted", (text, claim) => {
    expect(isRefuted(text, at(text, claim))).toBe(false);
  });

  it.each([
    ["Myth: vaccines cause autism. Fact: no link.", "vaccines cause autism"],
    ["The study claiming vaccines cause autism was retracted.", "vaccines cause autism"],
    ["Vitamin C does not cure cancer.", "cure cancer"],
    ["Some say the flu shot gives you the flu. It doesn't.", "flu shot gives you the flu"],
    ["Do vaccines cause autism?", "vaccines cause autism"],
    ["No vaccine is 100% effective.", "100% effective"],
    ["Claims that oils cure infections are false.", "cure infections"],
  ])("treats %j as refuted", (text, claim) => {
    expect(isRefuted(text, at(text, claim))).toBe(true);
  });

  it("does not count a negation that is part of the myth itself", () => {
    const text = "You can't get pregnant while breastfeeding.";
    const span = at(text, "can't get pregnant while breastfeeding");
    expect(isRefuted(text, span, { negationInside: false })).toBe(false);
    expect(isRefuted(text, span)).toBe(true);
  });
});
