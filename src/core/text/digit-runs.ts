import type { Span } from "../types";

/** A run of digits broken up by single separators: "3 1 2 5 5 5 0 1 8 8", "1.2.3-4.5-6.7.8.9". */
export interface DigitRun extends Span {
  digits: string;
  /** Sizes of the digit groups, e.g. [3, 3, 4] for "312-555-0188". */
  groups: number[];
}

const SEPARATORS = new Set([" ", ".", "-", "/", "_", "(", ")", "\t", ","]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Every maximal run of digit groups joined by at most three separator characters, in one linear pass.
 * Recognizers use it to see through evasions that spread a number out so patterns miss it.
 */
export function findDigitRuns(text: string, minDigits = 7): DigitRun[] {
  const runs: DigitRun[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index)) || isWordChar(text.charCodeAt(index - 1))) {
      index++;
      continue;
    }
    const start = index;
    let end = index;
    let digits = "";
    const groups: number[] = [];
    let cursor = index;
    while (cursor < text.length) {
      let group = 0;
      while (cursor < text.length && isDigit(text.charCodeAt(cursor))) {
        digits += text[cursor];
        cursor++;
        group++;
      }
      groups.push(group);
      end = cursor;
      let gap = 0;
      while (gap < 3 && cursor + gap < text.length && SEPARATORS.has(text[cursor + gap] as string)) gap++;
      if (gap === 0 || !isDigit(text.charCodeAt(cursor + gap))) break;
      cursor += gap;
    }
    if (digits.length >= minDigits && !isWordChar(text.charCodeAt(end))) runs.push({ start, end, digits, groups });
    index = Math.max(end, index + 1);
  }
  return runs;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** True when the run was spread out on purpose: most of its groups are one or two digits. */
export function looksSpreadOut(run: DigitRun): boolean {
  const small = run.groups.filter((size) => size <= 2).length;
  return run.groups.length >= 4 && small * 2 >= run.groups.length;
}
