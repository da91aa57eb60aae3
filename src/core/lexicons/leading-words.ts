/**
 * The words a regex's every match must start with, read from its source, so that a search can try the
 * regex only where a text's word is one of them instead of at every position. Most rule regexes are
 * an alternation of phrases behind a word boundary (`\b(?:take|try|give) ...`), and an alternation of
 * many phrases tried at every position is what makes them slow.
 *
 * The reading is conservative: it returns a word set only when it is certain that every match begins
 * at the start of a run of \w characters (a word boundary or a lookbehind that excludes \w comes first)
 * and that the whole of that run is one of the words (what follows can only be a non-word character).
 * Anything it does not understand gives `undefined`: no shortcut.
 */
export function leadingWords(source: string): Set<string> | undefined {
  const words = new Set<string>();
  for (const branch of splitAlternatives(source)) {
    const afterAssertions = skipLeadingAssertions(branch);
    if (afterAssertions === undefined) return undefined;
    const runs = firstRuns(afterAssertions, "");
    if (runs === undefined) return undefined;
    for (const run of runs) words.add(run.toLowerCase());
    if (words.size > MAX_WORDS) return undefined;
  }
  return words.size > 0 ? words : undefined;
}

/** More first words than this and the regex is better left to scan (and its reading to stop). */
const MAX_WORDS = 2_000;

/** Pattern pieces that can only match a non-word character (or a boundary before one). */
const TERMINATORS = [" ", "\\s", "\\b", "'", "’", "-", "\\-", ",", "\\.", ":", "/", "\\/", "!", "[\\s-]", "[-\\s]"];

/**
 * Every complete first run of \w characters a match of `pattern` can start with, `prefix` being the
 * part of it already read; undefined when that cannot be said for sure.
 */
function firstRuns(pattern: string, prefix: string): string[] | undefined {
  if (/^\(\?<?[=!]/.test(pattern)) {
    // Only a lookahead that rules out a word character after the run ends it as surely as \b.
    return prefix !== "" && /^\(\?!(?:\[\\w|\\w\))/.test(pattern) ? [prefix] : undefined;
  }
  const opening = /^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(pattern)?.[0];
  if (opening !== undefined) return groupRuns(pattern, opening, prefix);
  const word = /^[A-Za-z0-9_]+/.exec(pattern)?.[0];
  if (word !== undefined) {
    const next = pattern.slice(word.length);
    // A quantifier would make the word's last letter optional or repeatable.
    if (/^[?*+{]/.test(next)) return undefined;
    return firstRuns(next, prefix + word);
  }
  // A match cannot start with a non-word character, and the run must end before anything unknown.
  if (prefix === "") return undefined;
  const terminator = TERMINATORS.find((piece) => pattern.startsWith(piece));
  if (terminator === undefined) return undefined;
  const after = pattern.slice(terminator.length);
  if (after.startsWith("?")) {
    // An optional separator: the run ends here, or goes on with what follows ("frequent[\s-]?flyer").
    const without = firstRuns(after.replace(/^\?\??/, ""), prefix);
    return without === undefined ? undefined : [prefix, ...without];
  }
  if (/^[*{]/.test(after)) return undefined;
  return [prefix];
}

function groupRuns(pattern: string, opening: string, prefix: string): string[] | undefined {
  const close = closingParen(pattern, 0);
  if (close === undefined) return undefined;
  let after = pattern.slice(close + 1);
  const optional = after.startsWith("?");
  if (optional) after = after.replace(/^\?\??/, "");
  // A repeated group may be doubled, and "{0," may skip it: leave those alone.
  if (/^[*+{]/.test(after)) return undefined;
  const runs: string[] = [];
  const alternatives = splitAlternatives(pattern.slice(opening.length, close)).map((inside) => inside + after);
  for (const alternative of optional ? [...alternatives, after] : alternatives) {
    const found = firstRuns(alternative, prefix);
    if (found === undefined || runs.length + found.length > MAX_WORDS) return undefined;
    runs.push(...found);
  }
  return runs;
}

/** The branch without its leading lookbehinds and word boundary; undefined when no boundary guards its start. */
function skipLeadingAssertions(branch: string): string | undefined {
  let rest = branch;
  let guarded = false;
  for (;;) {
    if (rest.startsWith("\\b")) {
      rest = rest.slice(2);
      guarded = true;
    } else if (rest.startsWith("(?<!") || rest.startsWith("(?<=")) {
      const close = closingParen(rest, 0);
      if (close === undefined) return undefined;
      // A negative lookbehind that rules out a word character before the match guards like \b.
      if (/^\(\?<!(?:\[\\w|\\w\))/.test(rest)) guarded = true;
      rest = rest.slice(close + 1);
    } else break;
  }
  return guarded ? rest : undefined;
}

/** The top-level alternatives of a pattern (its `|` outside groups and character classes). */
function splitAlternatives(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(pattern.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}

/** The index of the `)` that closes the `(` at `open`. */
function closingParen(pattern: string, open: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let index = open; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return index;
  }
  return undefined;
}
