import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "consent/patient-image";
const finding = (text: string) => check(text).findings.find((candidate) => candidate.rule === RULE);

describe(RULE, () => {
  it.each([
    "Check out this incredible CT from today! #radiology #caseoftheday",
    "Our patient agreed to let us share her amazing before and after! (written consent on file)",
    'Patient testimonial: "The staff treated me like family."',
    "One of our patients shared her story of beating breast cancer with us.",
    "Swipe to see this wild x-ray of a swallowed AirPod #radiology",
  ])("asks for authorization on %j", (text) => {
    expect(finding(text)?.severity).toBe("medium");
    expect(finding(text)?.message).toMatch(/authorization/);
  });

  it.each([
    "Our new MRI machine arrives Monday, shorter wait times ahead!",
    "Pumpkin carving contest winners from our pediatrics staff!",
    "Throwback to our 1985 nursing class photo! Can you spot our current CNO?",
  ])("leaves %j alone", (text) => {
    expect(finding(text)).toBeUndefined();
  });
});
