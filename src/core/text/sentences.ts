import type { Span } from "../types";

/** Abbreviations and initials ("T.N. in 4B") whose period does not end a sentence. */
const NO_BREAK_AFTER =
  /(?:^|[\s(.])(?:dr|mr|mrs|ms|mx|st|pt|vs|no|jr|sr|prof|rev|sen|gov|rep|ave|apt|dept|approx|e\.g|i\.e|a\.m|p\.m|[a-z])$/i;

/** Splits text into sentences (spans), in one pass; "Dr. Lopez" and "3.5" do not split. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const next = text[index + 1];
    if (
      char === "\n" ||
      ((char === "." || char === "!" || char === "?") && (next === undefined || /[\s"')]/.test(next)))
    ) {
      if (char === "." && NO_BREAK_AFTER.test(text.slice(Math.max(0, index - 6), index))) continue;
      let end = index + 1;
      while (end < text.length && /[.!?"')]/.test(text[end] as string)) end++;
      // "grandpa (95!!) in 3B": an exclamation inside brackets, and the sentence goes on in lower case.
      if (text[end - 1] === ")" && char !== "." && /^ [a-z]/.test(text.slice(end, end + 2))) {
        index = end - 1;
        continue;
      }
      if (text.slice(start, end).trim().length > 0) spans.push({ start, end });
      start = end;
      index = end - 1;
    }
  }
  if (text.slice(start).trim().length > 0) spans.push({ start, end: text.length });
  return spans;
}
