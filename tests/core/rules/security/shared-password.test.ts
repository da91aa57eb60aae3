import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "security/shared-password";

describe(RULE, () => {
  it.each([
    ["Epic login for the float pool is nurse2 / Winter2024! until IT fixes it", ["nurse2", "Winter2024!"]],
    ["The EHR password reset default is Welcome123", ["Welcome123"]],
    ["Shared login for the ED tracking board: user edtrack pw Tracker#1", ["Tracker#1"]],
    ["Epic login issues? Just use mine: rnsmith / Summer#2025", ["Summer#2025"]],
  ])("flags a login that opens patient records as high: %j", (text, secrets) => {
    const findings = findingsOf(RULE, text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(secrets);
    expect(findings.every((finding) => finding.severity === "high")).toBe(true);
  });

  it("flags other passwords as medium and offers to remove them", () => {
    const [finding] = findingsOf(RULE, "the wifi password on 4 North is Nurses4Life");
    expect(finding?.severity).toBe("medium");
    expect(finding?.suggestion).toBe("[password removed]");
  });

  it("flags a described password pattern", () => {
    expect(findingsOf(RULE, "Our password for the scheduling site is just the unit name plus 2025")).toHaveLength(1);
  });

  it.each([
    "Reminder: never share your password, not even with IT.",
    "Use a password manager and turn on multi-factor authentication.",
    "Password resets were our help desk's top ticket in 2024.",
    "Log in to our patient portal at https://portal.valleyhealth.org",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});
