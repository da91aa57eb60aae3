import { describe, expect, it } from "vitest";
import { findingsOf } from "../../lexicons/conduct-test-kit";

const RULE = "misinformation/known-myth";

describe(RULE, () => {
  it.each([
    "Vaccines cause autism. Do your research.",
    "The flu shot gives you the flu. That's why I never get it.",
    "Never getting the flu vaccine again, it literally gave me the flu.",
    "Opioid withdrawal is a myth, it's all in their heads.",
    "COVID vaccines alter your DNA.",
    "You can't get pregnant while breastfeeding.",
    "Antibiotics cure the common cold.",
    "The flu vaccine is more dangerous than the flu itself.",
    "Got the flu shot and got the flu two days later. Proof it gives you the flu.",
    "Vaccinated people are shedding spike proteins.",
    "Vaccines contain aborted fetal cells and heavy metals.",
    "Chemtrails are why everyone has allergies now.",
    "The measles vaccine causes measles. Look it up.",
  ])("flags %j", (text) => {
    const [finding] = findingsOf(RULE, text);
    expect(finding?.severity).toBe("medium");
  });

  it.each([
    "Myth: vaccines cause autism. Fact: studies of millions of children found no link.",
    "No, the flu shot can't give you the flu. It contains no live virus.",
    "Opioid withdrawal is real. It is not a myth.",
    "The study claiming vaccines cause autism was retracted.",
    "Some people say the flu shot gives you the flu. It doesn't.",
    "Sunscreen does not cause cancer. Sunburns do.",
    "Do vaccines cause autism? No. Here is the evidence.",
    "Antibiotics won't help a cold. Rest, fluids, and time.",
    "Chemtrails are a myth: those white lines are water vapor.",
    "Flu shots don't give you the flu. Get yours today.",
  ])("leaves a refutation alone: %j", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("says what the evidence shows", () => {
    expect(findingsOf(RULE, "Vaccines cause autism.")[0]?.message).toContain("no link");
  });
});
