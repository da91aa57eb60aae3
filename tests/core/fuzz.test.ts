import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
import { type CheckResult, VERDICTS } from "../../src/core/types";

/**
 * Property tests for the engine: whatever a page hands it, `check` answers, and every span it returns
 * points into the text as typed. Inputs mix clinician words with the characters that break naive text
 * code: lone surrogates, bidi controls, zero-width joiners, full-width digits, look-alike letters.
 */

const AWKWARD = [
  "\uD800", // lone high surrogate
  "\uDC00", // lone low surrogate
  "\u200B", // zero-width space
  "\u200D", // zero-width joiner
  "\u200E", // left-to-right mark
  "\u200F", // right-to-left mark
  "\u202E", // right-to-left override
  "\u2066", // left-to-right isolate
  "\uFEFF", // byte order mark
  "\u0301", // combining acute accent
  "ｆｕｌｌ", // full-width letters
  "３１２", // full-width digits
  "ﬁ", // ligature that NFKC widens to two letters
  "pаtiеnt", // Cyrillic а and е
  "👩🏽‍⚕️", // emoji ZWJ sequence
  "مريض", // Arabic
  "חולה", // Hebrew
  "患者", // CJK
];
const WORDS = [
  "pt",
  "patient",
  "my patient",
  "admitted",
  "bed 4",
  "Mrs.",
  "Dr.",
  "Alvarez",
  "Maria",
  "DOB",
  "3/2/1987",
  "MRN",
  "312-555-0188",
  "(312) 555-0188",
  "ssn 123-45-6789",
  "jo@example.com",
  "https://example.com/p?id=7",
  "10.0.0.1",
  "60614",
  "#nurselife",
  "y/o",
  "s/p",
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 3, arbitrary: fc.constantFrom(" ", "  ", "\n", ", ", ". ", "-", "/", ":", "#", "@") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
);
const post = fc.string({ unit, maxLength: 60 });

function expectSpansInside(text: string, result: CheckResult): void {
  expect(VERDICTS).toContain(result.verdict);
  for (const entity of result.entities) {
    expect(entity.start).toBeGreaterThanOrEqual(0);
    expect(entity.end).toBeLessThanOrEqual(text.length);
    expect(entity.start).toBeLessThanOrEqual(entity.end);
    expect(entity.text).toBe(text.slice(entity.start, entity.end));
  }
  for (const finding of result.findings) {
    expect(finding.start === undefined).toBe(finding.end === undefined);
    if (finding.start === undefined || finding.end === undefined) continue;
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(finding.start).toBeLessThanOrEqual(finding.end);
  }
}

describe("the engine never throws and its spans point into the text", () => {
  it("on posts mixing clinician words with awkward Unicode", () => {
    fc.assert(
      fc.property(post, (text) => {
        expectSpansInside(text, check(text));
      }),
      { numRuns: 200 },
    );
  });

  it("on arbitrary UTF-16, lone surrogates included", () => {
    const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
    fc.assert(
      fc.property(units, (text) => {
        expectSpansInside(text, check(text));
      }),
      { numRuns: 200 },
    );
  });

  it("with any site and surface in the context", () => {
    const site = fc.constantFrom("x", "facebook", "linkedin", "instagram", "other") as fc.Arbitrary<"x">;
    const surface = fc.constantFrom("post", "reply", "comment", "caption", "unknown") as fc.Arbitrary<"post">;
    fc.assert(
      fc.property(post, site, surface, (text, onSite, onSurface) => {
        expectSpansInside(text, check(text, { site: onSite, surface: onSurface }));
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Time must grow linearly with length. Absolute milliseconds depend on the machine, so each input is
 * timed at n and at 4n characters: linear code takes about 4 times as long, quadratic code 16 times,
 * a backtracking regex far more. Time is this process's CPU time, not the wall clock, so other work on a
 * busy machine does not count; the fastest of a few interleaved runs is compared, to shrug off GC pauses.
 */
const POSTS = readFileSync(resolve("../shared/corpus/dev.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);
/** Clinicians' posts one after another, a blank line between, cut to `n` characters. */
function clinicianPosts(n: number): string {
  let text = "";
  for (let index = 0; text.length < n; index++) text += `${POSTS[index % POSTS.length]}\n\n`;
  return text.slice(0, n);
}

const ADVERSARIAL: Array<[string, (n: number) => string]> = [
  ["clinicians' posts, one after another", clinicianPosts],
  ["a long digit run", (n) => "7".repeat(n)],
  ["digits with separators", (n) => "312-".repeat(n / 4)],
  ["digits separated by spaces and dots", (n) => "3 1.2 ".repeat(n / 6)],
  ["repeated separators", (n) => "-./:, ".repeat(n / 6)],
  ["one huge token", (n) => "x".repeat(n)],
  ["a huge e-mail-like token", (n) => `${"a.".repeat(n / 2)}@`],
  ["a huge URL", (n) => `https://example.com/${"a/".repeat(n / 2)}`],
  ["capitalized words", (n) => "Maria Alvarez ".repeat(n / 14)],
  ["patient words and numbers", (n) => "pt bed 4 DOB 3/2 MRN 12 ".repeat(n / 24)],
  ["deeply mixed scripts", (n) => "aаαمא患1١３😀".repeat(n / 11)],
  ["zero-width characters between digits", (n) => "3\u200B".repeat(n / 2)],
  ["bidi marks and lone surrogates", (n) => "\u202E1\u200F\uD800a\u2066".repeat(n / 6)],
];
const BASE_LENGTH = 5_000;
const MAX_BASE_LENGTH = 80_000;
const GROWTH_LIMIT = 10;

/** CPU milliseconds this process spent running `work`. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

describe("time grows linearly on adversarial input", () => {
  it.each(ADVERSARIAL)("%s", (_name, make) => {
    // Long enough that the small run takes a few milliseconds: below that, timer noise is the result.
    let length = BASE_LENGTH;
    while (length < MAX_BASE_LENGTH && cpuMs(() => check(make(length))) < 5) length *= 2;
    const small = make(length);
    const large = make(length * 4);
    let smallMs = Number.POSITIVE_INFINITY;
    let largeMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      smallMs = Math.min(
        smallMs,
        cpuMs(() => check(small)),
      );
      largeMs = Math.min(
        largeMs,
        cpuMs(() => check(large)),
      );
    }
    const ratio = largeMs / Math.max(smallMs, 0.5);
    expect(ratio, `${length} chars ${smallMs.toFixed(1)} ms -> x4 ${largeMs.toFixed(1)} ms`).toBeLessThan(GROWTH_LIMIT);
  });
});

/**
 * Evasions a poster might use to slip a phone number past a filter. Each one keeps the number readable
 * to people, so the engine must still see it, and must point at it where it was typed.
 */
const EVASIONS: Array<[string, (digit: string) => string]> = [
  ["full-width digits", (digit) => String.fromCharCode(0xff10 + Number(digit))],
  ["zero-width joiners", (digit) => `${digit}\u200D`],
  ["zero-width spaces", (digit) => `\u200B${digit}`],
  ["right-to-left marks", (digit) => `${digit}\u200F`],
  ["bidi isolates", (digit) => `\u2066${digit}\u2069`],
  ["soft hyphens", (digit) => `${digit}\u00AD`],
  ["Arabic-Indic digits", (digit) => String.fromCharCode(0x0660 + Number(digit))],
  ["mathematical bold digits", (digit) => String.fromCodePoint(0x1d7ce + Number(digit))],
  ["plain", (digit) => digit],
];
const PATIENT_POSTS = [
  (phone: string) => `My pаtient in bed 4 asked me to call her daughter at ${phone} tonight`,
  (phone: string) => `pt's wife keeps calling the unit, her cell is ${phone} if anyone wants to vent`,
  (phone: string) => `Admitted a sweet old man today, his son left ${phone} as the contact #nurselife`,
];
const nanpPhone = fc
  .tuple(
    // N11 codes (211, 911...) are service numbers, never area codes or exchanges.
    fc.integer({ min: 200, max: 989 }).filter((code) => code % 100 !== 11),
    fc.integer({ min: 200, max: 999 }).filter((code) => code % 100 !== 11),
    fc.integer({ min: 0, max: 9999 }),
    fc.constantFrom("-", ".", " "),
  )
  .map(
    ([area, exchange, line, separator]) => `${area}${separator}${exchange}${separator}${String(line).padStart(4, "0")}`,
  );

describe("Unicode evasions in a patient post are still detected", () => {
  it.each(EVASIONS)("a phone number written with %s", (_name, disguise) => {
    fc.assert(
      fc.property(nanpPhone, fc.constantFrom(...PATIENT_POSTS), (phone, compose) => {
        const disguised = phone.replace(/\d/g, disguise);
        const text = compose(disguised);
        const at = text.indexOf(disguised);
        const result = check(text);
        expectSpansInside(text, result);
        const found = result.entities.find(
          (entity) => entity.type === "phone" && entity.start < at + disguised.length && at < entity.end,
        );
        expect(found, `no phone entity over "${disguised}" in ${JSON.stringify(result.entities)}`).toBeDefined();
        expect(result.verdict).toBe("high");
      }),
      { numRuns: 25 },
    );
  });
});
