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
    "every parent signed the media release, so here are our NICU grads on their big day",
    "she told me we could share her smile makeover, and wow, our pt looks amazing",
  ])("asks for authorization on %j", (text) => {
    expect(finding(text)?.severity).toBe("medium");
    expect(finding(text)?.message).toMatch(/authorization/);
  });

  it.each([
    "Our new MRI machine arrives Monday, shorter wait times ahead!",
    "Pumpkin carving contest winners from our pediatrics staff!",
    "Throwback to our 1985 nursing class photo! Can you spot our current CNO?",
    "when the attending asks who ordered the stat CBC #MedTwitter",
    "match day tips for the new interns #medstudent",
  ])("leaves %j alone", (text) => {
    expect(finding(text)).toBeUndefined();
  });
});

describe(`${RULE}: the poster's family and photo-privacy reminders`, () => {
  it.each([
    "my mum, day 2 after her hip replacement and already bossing the nurses (shared with her blessing)",
    "PSA: cropping out the face doesn't make a patient photo compliant, tattoos identify people too",
  ])("leaves %j alone", (text) => {
    expect(finding(text)).toBeUndefined();
  });
});

describe(`${RULE}: a selfie with a patient`, () => {
  it("stops a selfie with a patient: the face is an identifier", () => {
    expect(finding("selfie w/ my sweetest pt on her discharge day 💕 #nicu")?.severity).toBe("high");
    expect(finding("group pic with our oldest patient at her 100th party!")?.severity).toBe("high");
  });

  it("asks for authorization when the patient agreed", () => {
    expect(finding("selfie with my patient, shared with her written permission 💕")?.severity).toBe("medium");
  });
});

describe(`${RULE}: a patient's words quoted as praise`, () => {
  it("asks for authorization for a quoted patient testimonial", () => {
    expect(
      finding("One of my rehab clients texted me this morning: 'I walked my daughter down the aisle.' 😭")?.category,
    ).toBe("consent");
  });
});
