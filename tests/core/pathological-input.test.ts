import { describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
import type { Category } from "../../src/core/types";

/**
 * Inputs that make a naive regex backtrack for ever (nested quantifiers, overlapping alternatives).
 * The engine must finish and its time must grow about linearly: we compare n with 4n, with a generous
 * ratio instead of a millisecond budget, because the machine's speed varies.
 */
const SHAPES: Array<[name: string, unit: string]> = [
  ["digits with separators", "1 2.3-4 "],
  ["a@ repeated", "a@"],
  ["1. repeated", "1."],
  ["dotted words", "a.b."],
  ["colons and hex", "ab:"],
  ["capitalized words", "Maria Gomez "],
  ["patient words", "pt in room "],
  ["long unicode run", "é\u200b🎉ｆ"],
  ["letters without spaces", "x"],
  ["street-like runs", "12 Oak "],
];

/**
 * This file guards the PHI engine (normalization, recognizers, cues, PHI/relationship/consent rules);
 * the other rule families are switched off so that their own timing tests judge them.
 */
const OTHER_FAMILIES: Category[] = ["professionalism", "advice", "misinformation", "security", "policy"];
const PHI_ONLY = { disabledCategories: OTHER_FAMILIES };

/** CPU time of this process in ms: unlike wall time it does not count the time other processes on a busy machine take. */
function timeOf(text: string): number {
  const started = process.cpuUsage();
  check(text, PHI_ONLY);
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/** The fastest of a few runs, so one slow moment on a shared machine does not decide the test. */
function bestOf(text: string, runs = 7): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) best = Math.min(best, timeOf(text));
  return best;
}

describe("pathological input", () => {
  it.each(SHAPES)(
    "%s: completes and scales about linearly",
    (_name, unit) => {
      const small = unit.repeat(Math.ceil(12_500 / unit.length));
      const large = unit.repeat(Math.ceil(50_000 / unit.length));
      // Warm both sizes: the first run of a size pays for compiling and growing the heap.
      bestOf(small, 1);
      bestOf(large, 1);
      const smallTime = Math.max(bestOf(small), 1);
      const largeTime = bestOf(large);
      // Linear is 4x, quadratic 16x; garbage collection costs a little more on the larger input.
      expect(largeTime / smallTime).toBeLessThan(10);
    },
    60_000,
  );

  it("finds nothing odd in 50,000 separated digits but keeps spans inside the text", () => {
    const text = "1 2.3-4 ".repeat(6_250);
    const result = check(text, PHI_ONLY);
    for (const entity of result.entities) {
      expect(entity.start).toBeGreaterThanOrEqual(0);
      expect(entity.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    }
  }, 60_000);
});
