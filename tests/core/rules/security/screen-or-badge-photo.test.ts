import { describe, expect, it } from "vitest";
import { flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "security/screen-or-badge-photo";

describe(RULE, () => {
  it.each([
    ["Snapped a pic of the Epic screen to show this alert", "Snapped a pic of the Epic screen"],
    ["Pic of my new hospital badge on day one!!", "Pic of my new hospital badge"],
    ["Screenshot of my Epic in-basket because 214 messages", "Screenshot of my Epic"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toEqual([words]);
  });

  it.each(["First day as an RN! Nervous and excited.", "Photo of our team at the 5K!", "Our badge drive raised $500."])(
    "leaves %j alone",
    (text) => {
      expect(flaggedWords(RULE, text)).toEqual([]);
    },
  );
});
