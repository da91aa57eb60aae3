import { findDigitRuns, looksSpreadOut } from "../text/digit-runs";
import { before, type Candidate, labelled, type Recognizer, runPatterns } from "./recognizer";

const SSN_LABELS = ["ssn", "ss#", "ss", "social security", "social security number", "social", "soc sec"];
const SSN_WORD = /\b(?:ssns?|social(?: security)?|soc sec)\b|\bss#/;
/** 123.45.6789 or 123 45 6789: the SSN's 3-2-4 grouping with dots or spaces. */
const SSN_SHAPE = /(?<![\w.-])\d{3}([. ])\d{2}\1\d{4}(?![\w-]|\.\d)/g;

/** Area 000, 666 and 900-999, group 00 and serial 0000 are never issued (SSA). */
function isIssuable(digits: string): boolean {
  if (digits.length !== 9) return digits.length === 4 && digits !== "0000";
  const area = digits.slice(0, 3);
  return (
    area !== "000" && area !== "666" && area[0] !== "9" && digits.slice(3, 5) !== "00" && digits.slice(5) !== "0000"
  );
}

/**
 * Social Security numbers: 123-45-6789, a labelled 9-digit run, partial ones ("SSN ending 4421",
 * "last 4 of her social 4421") and spread-out digits next to an SSN label.
 */
export const ssn: Recognizer = {
  name: "ssn",
  type: "ssn",
  patterns: [
    { name: "dashed", regex: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g, score: 0.85 },
    { name: "spaced", regex: /(?<![\w-])\d{3} \d{2} \d{4}(?![\w-])/g, score: 0.5, needsContext: true },
    { name: "dotted", regex: /(?<![\w.-])\d{3}\.\d{2}\.\d{4}(?![\w-]|\.\d)/g, score: 0.5, needsContext: true },
    { name: "labelled", regex: labelled(SSN_LABELS, "\\d{9}|\\d{3}[\\s.]\\d{2}[\\s.]\\d{4}"), group: 1, score: 0.9 },
    {
      name: "partial",
      regex:
        /\b(?:ssn|ss#|social(?: security)?(?: number| #)?)[\s:#]{0,3}(?:number\s)?(?:ending|ends|ending in|last (?:4|four)(?: digits)?(?: of)?|xxx-xx-|\*{3}-\*{2}-)[\s:#]{0,3}(?:in\s|is\s)?(\d{4})\b/gi,
      group: 1,
      score: 0.8,
      label: "partial SSN",
    },
    {
      // "don't post your social here (even the last four, 6620)": the last four, with the SSN word near.
      name: "last four near the word",
      regex: /\blast (?:4|four)(?: digits)?[\s,:]{1,3}(?:is\s|was\s|=\s?)?(\d{4})\b/gi,
      group: 1,
      score: 0.7,
      needsContext: true,
      label: "partial SSN",
    },
    {
      name: "last four of",
      regex:
        /\blast (?:4|four)(?: digits)? of (?:(?:his|her|their|the|my|pt'?s|patient'?s) )?(?:ssn|social(?: security)?(?: number)?)[\s:,]{0,3}(?:is\s|was\s|=\s?)?(\d{4})\b/gi,
      group: 1,
      score: 0.8,
      label: "partial SSN",
    },
  ],
  context: ["ssn", "social", "security", "ss#", "soc"],
  validate: (value) => isIssuable(value.replace(/\D/g, "")),
  find(text: string): Candidate[] {
    const found = runPatterns(this, text);
    // "412.68.3390 ... who writes SSNs on post-its": the SSN's own 3-2-4 shape, with the word anywhere near.
    for (const match of text.matchAll(SSN_SHAPE)) {
      const start = match.index ?? 0;
      const span = { start, end: start + match[0].length };
      if (found.some((candidate) => candidate.start < span.end && candidate.end > span.start)) continue;
      const near = text.slice(Math.max(0, start - 120), span.end + 120).toLowerCase();
      if (!SSN_WORD.test(near) || !isIssuable(match[0].replace(/\D/g, ""))) continue;
      found.push({ ...span, type: "ssn", recognizer: "ssn", confidence: 0.7 });
    }
    for (const run of findDigitRuns(text, 9)) {
      if (run.digits.length !== 9 || !looksSpreadOut(run) || !isIssuable(run.digits)) continue;
      if (!SSN_WORD.test(before(text, run.start, 40))) continue;
      if (found.some((candidate) => candidate.start < run.end && candidate.end > run.start)) continue;
      found.push({ ...run, type: "ssn", recognizer: "ssn", confidence: 0.8, label: "spread-out digits" });
    }
    return found.map(({ start, end, type, recognizer, confidence, label }) => ({
      start,
      end,
      type,
      recognizer,
      confidence,
      ...(label ? { label } : {}),
    }));
  },
};
