import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";
import { customIdentifier } from "../../../../src/core/rules/policy/custom-identifier";
import type { Post } from "../../../../src/core/rules/rule";
import type { CustomIdentifier } from "../../../../src/core/types";

const MRN: CustomIdentifier = { label: "medical record number", pattern: "\\bMRN[-: ]?\\d{7}\\b", severity: "high" };
const BADGE: CustomIdentifier = { label: "badge number", pattern: "\\bB\\d{5}\\b", severity: "low" };

function findings(text: string, customIdentifiers: CustomIdentifier[] = [MRN, BADGE]) {
  return check(text, { customIdentifiers }).findings.filter((finding) => finding.rule === "policy/custom-identifier");
}

describe("policy/custom-identifier", () => {
  it.each([
    ["Great shift, chart MRN-4412093 is finally closed", "MRN-4412093"],
    ["mrn 4412093 needs a follow-up", "mrn 4412093"],
    ["Thanks to badge B12345 for covering", "B12345"],
  ])("flags the organization's format in %j", (text, value) => {
    const [finding] = findings(text);
    expect(finding).toBeDefined();
    expect(text.slice(finding?.start, finding?.end)).toBe(value);
  });

  it("uses each identifier's own severity and label", () => {
    const [mrn, badge] = findings("MRN-4412093 and B12345");
    expect(mrn).toMatchObject({ severity: "high", category: "policy", suggestion: "[medical record number removed]" });
    expect(badge).toMatchObject({ severity: "low" });
    expect(check("MRN-4412093", { customIdentifiers: [MRN] }).verdict).toBe("high");
  });

  it.each([
    "MRN-44120931 is one digit too long",
    "Our unit won award B123456 this year",
    "Nothing to see: 4412093 alone is no MRN",
  ])("leaves %j alone", (text) => {
    expect(findings(text)).toEqual([]);
  });

  it("finds nothing without a policy", () => {
    expect(check("MRN-4412093").findings.filter((finding) => finding.rule.startsWith("policy/"))).toEqual([]);
  });

  // Timed on the rule alone: the rest of the engine's cost on a 100,000-character paste is not this rule's.
  function judgeAlone(text: string, customIdentifiers: CustomIdentifier[]) {
    const post: Post = {
      original: text,
      text,
      lower: text.toLowerCase(),
      candidates: [],
      context: { customIdentifiers },
    };
    return customIdentifier.judge(post);
  }

  it("never runs a pattern that could hang the page, even when handed one directly", () => {
    const evil: CustomIdentifier = { label: "evil", pattern: "(a+)+$", severity: "high" };
    const started = performance.now();
    expect(judgeAlone(`${"a".repeat(50_000)}!`, [evil])).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("stays fast on a long paste with the costliest accepted pattern", () => {
    const costly: CustomIdentifier = { label: "code", pattern: "[a-z]{1,40}[a-z]{1,40}9", severity: "medium" };
    const started = performance.now();
    expect(judgeAlone("a".repeat(100_000), [costly])).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("caps the number of findings per pattern", () => {
    expect(judgeAlone("MRN-1234567 ".repeat(500), [MRN])).toHaveLength(50);
  });
});
