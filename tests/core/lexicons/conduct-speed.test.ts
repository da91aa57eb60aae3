import { describe, expect, it } from "vitest";
import { check } from "../../../src/core/check";
import { RULES } from "../../../src/core/rules/registry";

const CONDUCT = /^(?:professionalism|advice|misinformation|security|disclosure)\//;

describe("conduct rules on long posts", () => {
  it("judge a 20,000-character post in well under a second", () => {
    const sentence =
      "Dr. Moore said sounds like strep, DM me your symptoms, our tea cures diabetes, code 4471, http://10.0.0.1/x f*** ";
    const text = sentence.repeat(Math.ceil(20000 / sentence.length));
    const conduct = RULES.filter((rule) => CONDUCT.test(rule.id));
    expect(conduct.length).toBeGreaterThan(10);
    const started = performance.now();
    const findings = check(text).findings.filter((finding) => CONDUCT.test(finding.rule));
    expect(findings.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
