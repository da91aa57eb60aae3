/** A word with its place in the text; `lower` drops a possessive "'s". */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First letter upper case, the rest not all upper case ("Maria", "McKay"; not "ICU"). */
  capitalized: boolean;
  /** First word of the text or of a sentence. */
  sentenceStart: boolean;
  /** Index of the next character after the word (for punctuation checks). */
  index: number;
}

/** Latin letters with accents too, including Vietnamese ("Nguyễn", "bà") from Latin Extended Additional. */
const WORD = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'-]{0,40}/g;

/** Splits text into words in one pass; the spans index into the text as given. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index ?? 0;
    let lower = word.toLowerCase();
    if (lower.endsWith("'s")) {
      word = word.slice(0, -2);
      lower = lower.slice(0, -2);
    }
    const last = word.charAt(word.length - 1);
    if (last === "'" || last === "-") {
      word = word.replace(/['-]+$/, "");
      lower = lower.replace(/['-]+$/, "");
    }
    if (word.length === 0) continue;
    const gap = text.slice(Math.max(0, start - 4), start);
    tokens.push({
      text: word,
      lower,
      start,
      end: start + word.length,
      capitalized: /^\p{Lu}/u.test(word) && !/^[A-Z]{2,}$/.test(word),
      sentenceStart:
        tokens.length === 0 ||
        /[.!?\n:]["')\s]*$|^\s*$/.test(gap) ||
        /[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\s*$/u.test(gap),
      index: tokens.length,
    });
  }
  return tokens;
}
