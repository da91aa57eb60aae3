import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "phi/quasi-identifier";
const severityOf = (text: string) => check(text).findings.find((finding) => finding.rule === RULE)?.severity;

describe(RULE, () => {
  it.each([
    "Middle-aged guy in our ED tonight with a fishhook through his eyelid. Only in Montana!",
    "Had a 6 year old with a fishing hook through his lip at the lake tonight.",
    "Lady in her 80s in our ED today after being struck by lightning while gardening.",
    "Man walked into our small-town ER Saturday with a nail in his skull.",
  ])("warns on %j", (text) => {
    expect(severityOf(text)).toBe("medium");
  });

  it.each([
    "Lost a patient today. Hug your people.",
    "Rattlesnake bites peak in summer: keep hands out of woodpiles.",
    "Busy night in our ED tonight, grateful for my team.",
  ])("leaves %j alone", (text) => {
    expect(severityOf(text)).toBeUndefined();
  });
});
