import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../../../src/core/types";
import { findingsOf } from "../../lexicons/conduct-test-kit";

const RULE = "advice/medication-instruction";
const comment: CheckContext = { surface: "comment" };
const post: CheckContext = { surface: "post" };

describe(RULE, () => {
  it.each([
    ["Double your insulin dose if your sugar is over 300", comment],
    ["Honestly you should cut your metoprolol in half if it makes you dizzy.", comment],
    ["Stop taking the lisinopril, that cough is from it.", comment],
    ["@mike_r take 800mg of ibuprofen and lie down.", post],
    ["For your son, give 5 ml of children's Motrin every 6 hours.", post],
    ["Just wean yourself off the Zoloft over a week.", comment],
    ["You need to get off that statin, it's causing your muscle pain", comment],
  ])("flags %j", (text, context) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    ["Take your meds as prescribed, folks.", post],
    ["Talk to your doctor before stopping any medication.", post],
    ["Should you stop taking blood thinners before a cleaning? Ask your dentist first.", post],
    ["Take ibuprofen with food to protect your stomach.", post],
    ["New study: high-dose flu vaccine improves protection for adults over 65.", post],
    ["Take a walk after dinner, it helps your blood sugar.", comment],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });

  it("points at the instruction and suggests deferring to the person's own clinician", () => {
    const text = "Great news. Take 2 Benadryl tonight.";
    const [finding] = findingsOf(RULE, text, comment);
    expect(text.slice(finding?.start, finding?.end)).toBe("Take 2 Benadryl tonight");
    expect(finding?.suggestion).toContain("your own doctor");
  });
});

describe(`${RULE}: "half a xanax", "ask for 50 mcg"`, () => {
  it.each([
    "@andy half an ambien (5mg) at bedtime and you'll sleep fine",
    "@kim Ask for 50 mcg levothyroxine and recheck TSH in 6 weeks.",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text, { surface: "reply" })).toHaveLength(1);
  });

  it("leaves advice about where advice comes from alone", () => {
    expect(findingsOf(RULE, "Stop taking advice from TikTok about your meds. Ask your pharmacist.")).toEqual([]);
  });
});

describe(`${RULE}: "go up to", bare doses and the pill`, () => {
  it.each([
    ["you can go up to 40 of the citalopram this week, it's fine", { surface: "comment" as const }],
    ["@sam_r come off the pill for a month and see if the migraines stop", { surface: "post" as const }],
    ["honestly just go up to 2 of your inhaler puffs every 4 hours", { surface: "comment" as const }],
  ])("flags %j", (text, context) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    ["Our pharmacy team gave 2 of the new starters a tour today.", { surface: "post" as const }],
    ["Prices for the pill go up in January, says the news.", { surface: "post" as const }],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});

describe(`${RULE}: the reader's prescriber pushed to change the dose`, () => {
  it.each([
    "I'd get your doc to bump it up to 20 on the lexapro, 10 does nothing",
    "tell your GP to switch you to the patch instead of the pill",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text, comment)).toHaveLength(1);
  });

  it("leaves asking your own doctor alone", () => {
    expect(findingsOf(RULE, "ask your doctor whether to go up on the sertraline", comment)).toEqual([]);
  });
});

describe(`${RULE}: soft or non-native wording, conditions and schedules`, () => {
  it.each([
    ["i think you are low in vitamin d, i recommend take vitamin D 5000 units daily", { surface: "reply" as const }],
    ["if she's still coughing tonight give her 10ml of the benadryl", { surface: "reply" as const }],
    ["if his fever is still up give him ibuprofen 200mg every 6 hours", { surface: "comment" as const }],
    ["i would suggest you take ferrous fumarate 210 twice daily for now", { surface: "comment" as const }],
    ["just turn his oxygen up to 3 l/min overnight and see", { surface: "comment" as const }],
  ])("flags %j", (text, context: CheckContext) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    [
      "If your child has a fever, talk to your pharmacist about the right dose of paracetamol.",
      { surface: "post" as const },
    ],
    ["so sorry you're dealing with this, please see your doctor about the dose", { surface: "reply" as const }],
  ])("leaves %j alone", (text, context: CheckContext) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});

describe(`${RULE}: a whole regimen told to one person, whatever the verb`, () => {
  it.each([
    ["@dana.r sounds like strep, amoxicillin 500mg three times a day for 10 days", {}],
    ["mija eso es sinusitis, amoxicilina 875 mg dos veces al día por 7 días", { surface: "reply" as const }],
  ])("flags %j", (text, context: CheckContext) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    ["@sam I was on cipro 500mg twice a day for a week and felt awful", {}],
    ["Amoxicillin 500mg three times a day for 7 days is a common adult course for strep.", {}],
  ])("leaves %j alone", (text, context: CheckContext) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});

describe(`${RULE}: creams by strength, handles with dots, "for that rash"`, () => {
  it.each([
    ["@kemi.o for that eczema try hydrocortisone 1% twice a day for a week", post],
    ["@dana.r take 2 of the 25mg benadryl tonight, you'll sleep", post],
  ])("flags %j", (text, context) => {
    expect(findingsOf(RULE, text, context)).toHaveLength(1);
  });

  it.each([
    ["95% of people on metformin take it twice a day with food, per the study", post],
    ["Hydrocortisone 1% is sold over the counter; ask your pharmacist if it suits you.", comment],
  ])("leaves %j alone", (text, context) => {
    expect(findingsOf(RULE, text, context)).toEqual([]);
  });
});
