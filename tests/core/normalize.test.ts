import { describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
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

describe("evasions through the whole check", () => {
  it.each([
    ["full-width digits", "pt's cell is ３１２-５５５-０１８８", "３１２-５５５-０１８８"],
    ["zero-width characters in a number", "pt's cell is 312\u200b-555-\u200d0188", "312\u200b-555-\u200d0188"],
    ["digits spread out by spaces", "pt's mom's number 3 1 2 5 5 5 0 1 8 8 call her", "3 1 2 5 5 5 0 1 8 8"],
    ["digits spread out by dots and dashes", "pt SSN 1.2.3-4.5-6.7.8.9 on the board", "1.2.3-4.5-6.7.8.9"],
    ["Cyrillic look-alikes in a name", "pаtient Dаnielle Frost in bеd 3", "Dаnielle Frost"],
  ])("sees through %s and points at the original text", (_kind, text, identifier) => {
    const result = check(text);
    expect(result.verdict).toBe("high");
    const spans = result.findings.map((finding) => text.slice(finding.start, finding.end));
    expect(spans).toContain(identifier);
  });

  it("replaces exactly the identifier with the suggestion", () => {
    const text = "pt's cell is ３１２-５５５-０１８８ 🙏";
    const finding = check(text).findings.find((candidate) => candidate.suggestion !== undefined);
    const fixed = `${text.slice(0, finding?.start)}${finding?.suggestion}${text.slice(finding?.end)}`;
    expect(fixed).toBe("pt's cell is [phone removed] 🙏");
  });
});
