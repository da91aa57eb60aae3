import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

describe("phi/identifier-in-patient-context", () => {
  it("flags a phone number in a post about a patient", () => {
    const text = "pt's daughter can be reached at 312-555-0188";
    const finding = check(text).findings.find((f) => f.rule === "phi/identifier-in-patient-context");
    expect(finding?.severity).toBe("high");
    expect(text.slice(finding?.start, finding?.end)).toBe("312-555-0188");
  });

  it("leaves the clinic's phone number in a flu-shot post alone", () => {
    expect(check("Get your flu shot! Call (555) 310-2200.").verdict).toBe("none");
  });
});
