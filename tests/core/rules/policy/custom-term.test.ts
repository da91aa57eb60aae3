import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";
import type { CustomTerm } from "../../../../src/core/types";

const TERMS: CustomTerm[] = [
  { term: "Project Nightingale", label: "internal project name", severity: "medium" },
  { term: "Bluebird", label: "VIP alias", severity: "high" },
  { term: "C++ lab", severity: "low" },
];

function findings(text: string) {
  return check(text, { customTerms: TERMS }).findings.filter((finding) => finding.rule === "policy/custom-term");
}

describe("policy/custom-term", () => {
  it.each([
    ["So proud of the Project Nightingale team today!", "Project Nightingale"],
    ["project   nightingale go-live went well", "project   nightingale"],
    ["Guess who is back on 4 West: BLUEBIRD.", "BLUEBIRD"],
    ["New gear in the C++ lab", "C++ lab"],
  ])("flags %j", (text, value) => {
    const [finding] = findings(text);
    expect(finding).toBeDefined();
    expect(text.slice(finding?.start, finding?.end)).toBe(value);
  });

  it("uses the term's severity and names its label, not the term", () => {
    const [finding] = findings("Bluebird again");
    expect(finding).toMatchObject({ severity: "high", category: "policy" });
    expect(finding?.message).toContain("VIP alias");
    expect(finding?.message).not.toContain("Bluebird");
  });

  it.each(["Bluebirds are nesting by the parking lot", "Nightingale wards were a Victorian idea", "Project planning"])(
    "leaves %j alone",
    (text) => {
      expect(findings(text)).toEqual([]);
    },
  );

  it("is switched off with the policy family", () => {
    const result = check("Bluebird again", { customTerms: TERMS, disabledCategories: ["policy"] });
    expect(result.findings).toEqual([]);
  });
});
