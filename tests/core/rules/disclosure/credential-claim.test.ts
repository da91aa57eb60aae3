import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";
import { findingsOf } from "../../lexicons/conduct-test-kit";

const RULE = "disclosure/credential-claim";

describe(RULE, () => {
  it.each([
    "Board-certified dermatologist here: yes, you need sunscreen in winter.",
    "As a double board certified plastic surgeon, I only use approved fillers.",
    "Fellowship-trained and 20 years in practice.",
  ])("adds a low, informational note to %j", (text) => {
    const [finding] = findingsOf(RULE, text);
    expect(finding?.severity).toBe("low");
    expect(finding?.category).toBe("policy");
    expect(check(text).verdict).toBe("low");
  });

  it("stays quiet without a credential claim", () => {
    expect(findingsOf(RULE, "Today I passed my CCRN exam.")).toEqual([]);
  });
});
