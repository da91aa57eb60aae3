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
