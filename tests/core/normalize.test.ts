import { describe, expect, it } from "vitest";
import { normalize } from "../../src/core/text/normalize";

describe("normalize", () => {
  it.each([
    ["full-width digits", "ｃａｌｌ ３１２", "call 312"],
    ["zero-width characters", "31\u200b2-55\u200d5", "312-555"],
    ["Cyrillic look-alikes", "pаtiеnt", "patient"],
    ["typographic quotes and dashes", "\u201cBobby\u201d 9\u20135", '"Bobby" 9-5'],
  ])("undoes %s", (_kind, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it("maps spans back to the original text, across removed and widened characters", () => {
    const original = "pt ３\u200b１２ and ﬁsh";
    const normalized = normalize(original);
    const digits = normalized.text.indexOf("312");
    const span = normalized.toOriginal({ start: digits, end: digits + 3 });
    expect(original.slice(span.start, span.end)).toBe("３\u200b１２");
    const fish = normalized.text.indexOf("fish");
    const fishSpan = normalized.toOriginal({ start: fish, end: fish + 4 });
    expect(original.slice(fishSpan.start, fishSpan.end)).toBe("ﬁsh");
  });

  it("keeps emoji and accented letters as typed", () => {
    const text = "José 🎉 café";
    expect(normalize(text).text).toBe(text);
  });
});
