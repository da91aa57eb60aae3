import { describe, expect, it } from "vitest";
import { compileCustomPattern, customPatternProblem } from "../../../src/core/policy/custom-pattern";

describe("custom pattern safety", () => {
  it.each([
    "\\bMRN[-: ]?\\d{7}\\b",
    "(?:\\d{3}[- ]?){2}\\d{4}",
    "[A-Z]{2}\\d{6,8}",
    "(?<site>NW|SE)-\\d{5}",
    "\\p{Lu}{3}\\d{4}",
    "HP\\d{9}|MBR\\d{8}",
  ])("accepts the bounded pattern %s", (pattern) => {
    expect(customPatternProblem(pattern)).toBeUndefined();
    expect(compileCustomPattern(pattern)).toBeInstanceOf(RegExp);
  });

  it.each([
    ["", /empty/],
    ["MRN\\d{7", /not a valid regular expression/],
    ["(a+)+$", /without limit/],
    ["\\d*", /without limit/],
    ["\\d{3,}", /without limit/],
    ["(a)\\1", /backreferences/],
    ["(?<x>a)\\k<x>", /backreferences/],
    ["MRN(?=\\d)", /lookarounds/],
    ["(?<!x)MRN", /lookarounds/],
    ["\\d{1,500}", /more than 100/],
    ["(?:\\w{1,10}){1,10}", /too many ways/],
    ["(?:a|b|c|d){1,9}", /too many ways/],
    ["x?", /matches empty text/],
    [`MRN${"\\d".repeat(120)}`, /at most 200/],
  ])("rejects %j", (pattern, reason) => {
    expect(customPatternProblem(pattern)).toMatch(reason);
    expect(compileCustomPattern(pattern)).toBeUndefined();
  });

  it("treats quantifier characters inside a class or an escape as plain characters", () => {
    expect(customPatternProblem("[*+]\\d{4}")).toBeUndefined();
    expect(customPatternProblem("\\+1\\d{10}")).toBeUndefined();
  });
});
