import { findDigitRuns, looksSpreadOut } from "../text/digit-runs";
import { before, type Candidate, type Recognizer, runPatterns, spelledNumbersAfter } from "./recognizer";

const FAX = /\bfax\b/;
const SPREAD_CONTEXT = /\b(?:phone|call|cell|number|num|tel|fax|text|reach|mobile|ph|contact|#)\b|#/;

/** "1 2 3 4 5 6 7 8 9 10" is counting, not a number someone hid. */
function isCountingUp(digits: string): boolean {
  return digits.startsWith("1234567");
}

/**
 * Phone and fax numbers: North American ((312) 555-0188, 312-555-0188, +1 312 555 0188), national ones with a
 * trunk prefix ("07700 900418", "0161 496 0732"),
 * a bare 3125550188 next to "call"/"cell", and the same digits spread out to dodge filters
 * ("3 1 2 5 5 5 0 1 8 8").
 */
export const phone: Recognizer = {
  name: "phone",
  type: "phone",
  patterns: [
    {
      name: "nanp",
      regex: /(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-]{1,2})\d{3}[\s.-]{1,2}\d{4}(?![\w-])/g,
      score: 0.7,
    },
    {
      // Numbers dialled with a trunk prefix, as the UK, Ireland, Australia and New Zealand write them:
      // "07700 900418", "0161 496 0732", "064 663 1290", "02 9374 4000".
      name: "trunk prefix",
      // UK mobiles split 5 + 6: "07700 900481".
      regex: /(?<![\w-])0\d{1,4}[\s.-]\d{3,6}(?:[\s.-]\d{3,4})?(?![\w-]|[.,]\d)/g,
      score: 0.6,
    },
    { name: "bare ten digits", regex: /(?<![\w-])1?\d{10}(?![\w-])/g, score: 0.5, needsContext: true },
    { name: "seven digits", regex: /(?<![\w-])\d{3}-\d{4}(?![\w-])/g, score: 0.4, needsContext: true },
  ],
  context: ["phone", "call", "cell", "number", "tel", "fax", "text", "reach", "mobile", "ph", "#"],
  validate: (value) => {
    if (value.startsWith("0"))
      return /^\d{9,11}$/.test(value.replace(/\D/g, "")) && !/^(\d)\1+$/.test(value.replace(/\D/g, ""));
    const digits = value.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
    if (digits.length === 10 && /^[01]/.test(digits)) return false;
    return !/^(\d)\1+$/.test(digits);
  },
  labelFor: (_value, text, span) => (FAX.test(before(text, span.start, 25)) ? "fax" : undefined),
  find(text: string): Candidate[] {
    const found = runPatterns(this, text);
    for (const run of findDigitRuns(text, 8)) {
      if (found.some((candidate) => candidate.start < run.end && candidate.end > run.start)) continue;
      const plus = text[run.start - 1] === "+" || (text[run.start - 1] === "(" && text[run.start - 2] === "+");
      const labelled = SPREAD_CONTEXT.test(before(text, run.start, 30)) && run.groups.length >= 2;
      // International numbers ("+44 20 7123 4567") and labelled local ones ("my number is 09-7625400").
      if (
        (plus && run.digits.length >= 8 && run.digits.length <= 15) ||
        (labelled && run.digits.length >= 9 && run.digits.length <= 12)
      ) {
        const start = plus ? text.lastIndexOf("+", run.start) : run.start;
        found.push({
          start,
          end: run.end,
          type: "phone",
          recognizer: "phone",
          confidence: 0.5,
          label: plus ? "international" : "phone",
        });
      }
    }
    for (const run of findDigitRuns(text, 7)) {
      const digits = run.digits.replace(/^1(?=\d{10}$)/, "");
      // Ten digits, or a seven-digit local number, spread out one or two digits at a time.
      if ((digits.length !== 10 && digits.length !== 7) || !looksSpreadOut(run) || isCountingUp(run.digits)) continue;
      // Spread-out digits are a phone only when something says so ("cell", "number", "call").
      if (!SPREAD_CONTEXT.test(before(text, run.start, 40))) continue;
      if (found.some((candidate) => candidate.start < run.end && candidate.end > run.start)) continue;
      const label = FAX.test(before(text, run.start, 25)) ? "fax" : "spread-out digits";
      found.push({ start: run.start, end: run.end, type: "phone", recognizer: "phone", confidence: 0.6, label });
    }
    // Read out in words, as people leave a number on a whiteboard: "call her at six oh two, five five five...".
    const phoneLength = (digits: string) => /^1?\d{10}$|^\d{7}$/.test(digits);
    for (const span of spelledNumbersAfter(text, SPREAD_CONTEXT, phoneLength)) {
      if (found.some((candidate) => candidate.start < span.end && candidate.end > span.start)) continue;
      const label = FAX.test(before(text, span.start, 25)) ? "fax" : "phone number in words";
      found.push({ ...span, type: "phone", recognizer: "phone", confidence: 0.6, label });
    }
    return found;
  },
};
