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
  // Bidi embeddings, overrides and isolates carry no letters; dropped so they cannot split a number.
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
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
  // Arabic-Indic and Eastern Arabic-Indic digits: NFKC keeps them, people read them as 0-9.
  ...Object.fromEntries(
    [0x0660, 0x06f0].flatMap((zero) =>
      Array.from({ length: 10 }, (_, digit) => [String.fromCharCode(zero + digit), String(digit)]),
    ),
  ),
};

/** Plain ASCII has nothing to undo: the common case skips the per-character mapping. */
const PLAIN_ASCII = /^[\t\n\r -~]*$/;

/** The look-alike table keyed by code point, so the loop needs no one-character strings to look up. */
const CONFUSABLE_BY_CODE_POINT = new Map(
  Object.entries(CONFUSABLES).map(([char, plain]) => [char.codePointAt(0) ?? 0, plain] as const),
);
/** NFKC per code point, computed once: posts repeat the same few non-ASCII characters (emoji, quotes). */
const folded = new Map<number, string>();

export function normalize(original: string): NormalizedText {
  if (PLAIN_ASCII.test(original)) {
    return {
      original,
      text: original,
      toOriginal: ({ start, end }: Span): Span => ({ start, end: Math.max(start, end) }),
    };
  }
  const parts: string[] = [];
  // For each code unit of `text`: the original range of the code point it came from.
  let fromStart = new Int32Array(original.length + 16);
  let fromEnd = new Int32Array(original.length + 16);
  let units = 0;
  const reserve = (more: number) => {
    if (units + more <= fromStart.length) return;
    const size = Math.max(fromStart.length * 2, units + more);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    start.set(fromStart);
    end.set(fromEnd);
    fromStart = start;
    fromEnd = end;
  };
  let index = 0;
  while (index < original.length) {
    // A run of ASCII maps to itself, one code unit each: copied as one slice.
    const runStart = index;
    reserve(original.length - index);
    while (index < original.length && original.charCodeAt(index) < 0x80) {
      fromStart[units] = index;
      fromEnd[units] = index + 1;
      units++;
      index++;
    }
    if (index > runStart) parts.push(original.slice(runStart, index));
    if (index >= original.length) break;
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const replaced = INVISIBLE.has(codePoint) ? "" : normalizeCodePoint(original, index, width, codePoint);
    reserve(replaced.length + 1);
    for (let unit = 0; unit < replaced.length; unit++) {
      fromStart[units] = index;
      fromEnd[units] = index + width;
      units++;
    }
    if (replaced !== "") parts.push(replaced);
    index += width;
  }
  const starts = fromStart.subarray(0, units);
  const ends = fromEnd.subarray(0, units);
  return {
    original,
    text: parts.join(""),
    toOriginal({ start, end }: Span): Span {
      if (end <= start) {
        const at = starts[start] ?? original.length;
        return { start: at, end: at };
      }
      return { start: starts[start] ?? original.length, end: ends[end - 1] ?? original.length };
    },
  };
}

function normalizeCodePoint(original: string, index: number, width: number, codePoint: number): string {
  const mapped = CONFUSABLE_BY_CODE_POINT.get(codePoint);
  if (mapped !== undefined) return mapped;
  const known = folded.get(codePoint);
  if (known !== undefined) return known;
  const char = original.slice(index, index + width);
  // Only compatibility forms are folded; emoji and letters with accents keep their length.
  const nfkc = char.normalize("NFKC");
  // NFKC may produce combining sequences or several letters ("ﬁ" -> "fi"); keep them, all mapped to
  // this code point. Keep the character if it folded into nothing printable.
  const result = nfkc === char || nfkc.length === 0 ? char : nfkc;
  if (folded.size > 4096) folded.clear();
  folded.set(codePoint, result);
  return result;
}
