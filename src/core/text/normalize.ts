import type { Span } from "../types";

/**
 * Text as the recognizers see it, with a way back to what the user typed.
 *
 * Evasions that defeat naive matching are undone here, once, so that every recognizer benefits:
 * compatibility forms (full-width digits, mathematical letters) through NFKC, invisible characters
 * removed, common Cyrillic/Greek look-alikes mapped to Latin, typographic quotes and dashes made plain.
 * Each normalized code unit remembers the original range it came from, so spans map back exactly.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Maps a span of `text` to the span of `original` that produced it. */
  toOriginal(span: Span): Span;
}

const INVISIBLE = new Set([
  0x00ad, // soft hyphen
  0x034f, // combining grapheme joiner
  0x061c, // arabic letter mark
  0x180e, // mongolian vowel separator
  0x200b, // zero width space
  0x200c, // zero width non-joiner
  0x200d, // zero width joiner (emoji sequences lose their joiner; harmless for matching)
  0x200e, // left-to-right mark
  0x200f, // right-to-left mark
  0x2060, // word joiner
  0x2061,
  0x2062,
  0x2063,
  0x2064,
  0xfeff, // byte order mark / zero width no-break space
]);

/** Look-alike letters used to slip past keyword filters (Unicode TR39 confusables, common subset). */
const CONFUSABLES: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ј: "j",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  Ѕ: "S",
  І: "I",
  Ј: "J",
  Ԁ: "D",
  α: "a",
  ο: "o",
  ρ: "p",
  ν: "v",
  τ: "t",
  ι: "i",
  κ: "k",
  υ: "u",
  ε: "e",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u3000": " ",
  "\u2024": ".",
  "\uff0e": ".",
};

export function normalize(original: string): NormalizedText {
  let text = "";
  // For each code unit of `text`: the original range of the code point it came from.
  const fromStart: number[] = [];
  const fromEnd: number[] = [];
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = original.slice(index, index + width);
    const replaced = INVISIBLE.has(codePoint) ? "" : normalizeChar(char, codePoint);
    for (let unit = 0; unit < replaced.length; unit++) {
      fromStart.push(index);
      fromEnd.push(index + width);
    }
    text += replaced;
    index += width;
  }
  return {
    original,
    text,
    toOriginal({ start, end }: Span): Span {
      if (end <= start) {
        const at = fromStart[start] ?? original.length;
        return { start: at, end: at };
      }
      return { start: fromStart[start] ?? original.length, end: fromEnd[end - 1] ?? original.length };
    },
  };
}

function normalizeChar(char: string, codePoint: number): string {
  const mapped = CONFUSABLES[char];
  if (mapped !== undefined) return mapped;
  if (codePoint < 0x80) return char;
  // Only compatibility forms are folded; emoji and letters with accents keep their length.
  const folded = char.normalize("NFKC");
  if (folded === char) return char;
  // NFKC may produce combining sequences or several letters ("ﬁ" -> "fi"); keep them, all mapped to
  // this code point. Drop it only if it folded into nothing printable.
  return folded.length > 0 ? folded : char;
}
