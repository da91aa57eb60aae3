import type { Span } from "../types";

/** A number read out digit by digit in words: "six oh two, five five five", "nine-four-six-oh-nine". */
export interface SpelledNumber extends Span {
  digits: string;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

/** One digit word, or one digit: a spelled-out number may mix them ("six oh 2"). */
const DIGIT_WORD = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)\b/gi;
/** What may stand between two digits of one number: a space, a comma, a hyphen, a dot. */
const JOINER = /^[\s,.-]{1,3}$/;
/** A letter that opens the number ("M-six-one-four..."), kept in the span: licences start so. */
const LETTER_PREFIX = /(?:^|[\s"'(])[A-Za-z]-$/;

/**
 * Numbers written as words so that a pattern for digits misses them ("call her at six oh two, five
 * five five..."). One linear pass over the digit words; a run needs `minDigits` digits and at least
 * three of them written as words (plain digits alone are the digit patterns' job).
 */
export function findSpelledNumbers(text: string, minDigits = 5): SpelledNumber[] {
  const found: SpelledNumber[] = [];
  let start = -1;
  let end = -1;
  let digits = "";
  let words = 0;
  const flush = () => {
    if (digits.length >= minDigits && words >= 3) {
      const prefixed = LETTER_PREFIX.test(text.slice(Math.max(0, start - 3), start));
      found.push({ start: prefixed ? start - 2 : start, end, digits });
    }
    digits = "";
    words = 0;
    start = -1;
  };
  DIGIT_WORD.lastIndex = 0;
  for (const match of text.matchAll(DIGIT_WORD)) {
    const at = match.index ?? 0;
    if (start >= 0 && !JOINER.test(text.slice(end, at))) flush();
    if (start < 0) start = at;
    end = at + match[0].length;
    const word = match[0].toLowerCase();
    if (/^\d$/.test(word)) digits += word;
    else {
      digits += DIGIT_WORDS[word] ?? "";
      words++;
    }
  }
  if (start >= 0) flush();
  return found;
}
