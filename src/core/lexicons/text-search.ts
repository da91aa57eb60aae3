import type { Span } from "../types";
import { leadingWords } from "./leading-words";

/**
 * Small, linear-time text searches shared by the conduct rules (professionalism, advice,
 * misinformation, security, disclosure). Everything works on the normalized post text, so spans
 * returned here are in the coordinates rules must report.
 */

/** Titles and abbreviations whose period does not end a sentence ("Dr. Moore", "St. Mary's"). */
const ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "approx",
  "no",
  "prof",
]);

/** The last text split, kept because every rule asks for the sentences of the same post in turn. */
let lastText: string | undefined;
let lastSentences: Span[] = [];

/** Sentences as spans; a sentence ends at `.`, `!`, `?` (not after a title) or a line break. */
export function sentences(text: string): Span[] {
  if (text !== lastText) {
    lastSentences = splitSentences(text);
    lastText = text;
  }
  return lastSentences;
}

function splitSentences(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+|\n/g)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (match[0] !== "\n") {
      const next = text.charAt(end);
      if (next !== "" && !/[\s"')\]]/.test(next)) continue;
      const word = /([\w.]+)$/.exec(text.slice(Math.max(start, at - 8), at))?.[1]?.toLowerCase() ?? "";
      if (match[0] === "." && ABBREVIATIONS.has(word)) continue;
    }
    if (text.slice(start, end).trim() !== "") found.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim() !== "") found.push({ start, end: text.length });
  return found;
}

/** The sentence that contains `index`. */
export function sentenceAt(text: string, index: number): Span {
  return sentences(text).find((span) => index >= span.start && index < span.end) ?? { start: 0, end: text.length };
}

/** The sentence right after the one that contains `index`, if any. */
export function sentenceAfter(text: string, index: number): Span | undefined {
  const all = sentences(text);
  const at = all.findIndex((span) => index >= span.start && index < span.end);
  return at >= 0 ? all[at + 1] : undefined;
}

/** Every match of a global regex, as spans with their text and groups. */
export function findAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`findAll needs a global regex: ${regex}`);
  const index = PHRASE_INDEX.get(regex);
  if (index) return findPhrases(index, text);
  const gate = useWordGates ? wordGateOf(regex) : undefined;
  if (gate) return findAtWords(gate, text);
  regex.lastIndex = 0;
  return [...text.matchAll(regex)] as RegExpExecArray[];
}

/**
 * A regex whose every match starts with one of a few words (`leadingWords`), and the same regex made
 * sticky, to be tried only where the text has one of those words.
 */
interface WordGate {
  readonly words: ReadonlySet<string>;
  readonly sticky: RegExp;
}
const WORD_GATES = new WeakMap<RegExp, WordGate | null>();
let useWordGates = true;

/**
 * Turns the word gates off (true) or back on: the gated search must find exactly what a full scan
 * finds, and a test compares the two over every corpus.
 */
export function scanEveryPosition(on: boolean): void {
  useWordGates = !on;
}

function wordGateOf(regex: RegExp): WordGate | undefined {
  let gate = WORD_GATES.get(regex);
  if (gate === undefined) {
    const words = leadingWords(regex.source);
    gate = words ? { words, sticky: new RegExp(regex.source, `${regex.flags.replace("g", "")}y`) } : null;
    WORD_GATES.set(regex, gate);
    if (gate) indexByFirstWords(gate, words as ReadonlySet<string>);
  }
  return gate ?? undefined;
}

function findAtWords(gate: WordGate, text: string): RegExpExecArray[] {
  return findAtFirstWords(gate, text, () => gate.sticky);
}

/**
 * The matches of a word search, tried only at the words of `text` it may start with: `stickyAt` gives
 * the sticky regex to try at a word (or none), and matches do not overlap, as in a scan of the text.
 */
function findAtFirstWords(
  search: WordSearch,
  text: string,
  stickyAt: (word: string) => RegExp | undefined,
): RegExpExecArray[] {
  const { words, starts, candidates } = wordRuns(text);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of candidates.get(search) ?? NO_POSITIONS) {
    const start = starts[at] as number;
    if (start < from) continue;
    const sticky = stickyAt(words[at] as string);
    if (!sticky) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    found.push(match);
    from = start + Math.max(1, match[0].length);
  }
  return found;
}

/**
 * How to find a phrase list's matches without running its big alternation at every position: a match
 * of `phraseRegex` starts where a whole word of the text (a run of \w) equals the first word of one of
 * its phrases, so only those places are tried, each with the phrases that start with that word (in
 * the same longest-first order, so the match found is the one the whole alternation would find).
 */
interface PhraseIndex {
  /** Phrases by their first word, lower case. */
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
  /** Sticky regexes for the phrases of one first word, compiled when that word first turns up. */
  readonly compiled: Map<string, RegExp>;
}
const PHRASE_INDEX = new WeakMap<RegExp, PhraseIndex>();
/** A search that is tried only at certain first words: a phrase list, or a regex with a word gate. */
type WordSearch = PhraseIndex | WordGate;
/** Every such search, by each of its first words: one lookup per word of a text finds them all. */
const SEARCHES_BY_FIRST_WORD = new Map<string, WordSearch[]>();
const NO_SEARCHES: readonly WordSearch[] = [];
const NO_POSITIONS: readonly number[] = [];

function indexByFirstWords(search: WordSearch, words: Iterable<string>): void {
  // Texts already split into words were split without this search: forget them.
  RECENT_WORDS.clear();
  for (const word of words) {
    const searches = SEARCHES_BY_FIRST_WORD.get(word);
    if (searches) searches.push(search);
    else SEARCHES_BY_FIRST_WORD.set(word, [search]);
  }
}
const WORD_RUN = /\w+/g;

/** A text's words (lower case) and, per word search, the word positions where a match may start. */
interface WordRuns {
  words: string[];
  starts: number[];
  candidates: Map<WordSearch, number[]>;
}

/**
 * The words of recent texts searched. Every phrase list asks in turn, and the rules search the same
 * post and the same sentences of it, so the texts of one check are kept; keeping many more than that
 * only fills the old generation and makes garbage collection pauses longer.
 */
const RECENT_WORDS = new Map<string, WordRuns>();
const MAX_RECENT = 128;

function wordRuns(text: string): WordRuns {
  let runs = RECENT_WORDS.get(text);
  if (!runs) {
    runs = { words: [], starts: [], candidates: new Map() };
    WORD_RUN.lastIndex = 0;
    for (let word = WORD_RUN.exec(text); word !== null; word = WORD_RUN.exec(text)) {
      const lower = word[0].toLowerCase();
      for (const search of SEARCHES_BY_FIRST_WORD.get(lower) ?? NO_SEARCHES) {
        const positions = runs.candidates.get(search);
        if (positions) positions.push(runs.words.length);
        else runs.candidates.set(search, [runs.words.length]);
      }
      runs.words.push(lower);
      runs.starts.push(word.index);
    }
    if (RECENT_WORDS.size >= MAX_RECENT) RECENT_WORDS.clear();
    RECENT_WORDS.set(text, runs);
  }
  return runs;
}

function indexPhrases(regex: RegExp, phrases: readonly string[]): void {
  const byFirstWord = new Map<string, string[]>();
  for (const phrase of phrases) {
    // A phrase that starts with punctuation could start anywhere: keep the plain regex scan.
    if (!/^\w/.test(phrase)) return;
    // Its words may be written apart or run together ("frequent flyer", "#frequentflyer"): the text's
    // first word is then the phrase's first word, or its first two, three... words joined.
    const words = phrase.split(" ");
    const firstWords = new Set<string>();
    for (let joined = 1; joined <= words.length; joined++) {
      const first = /^\w+/.exec(words.slice(0, joined).join(""))?.[0] ?? "";
      firstWords.add(first.toLowerCase());
      if (first.length < words.slice(0, joined).join("").length) break; // punctuation ends the first word
    }
    for (const word of firstWords) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), phrase]);
  }
  const index: PhraseIndex = { byFirstWord, compiled: new Map() };
  PHRASE_INDEX.set(regex, index);
  indexByFirstWords(index, byFirstWord.keys());
}

function stickyFor(index: PhraseIndex, word: string): RegExp | undefined {
  let sticky = index.compiled.get(word);
  if (!sticky) {
    const phrases = index.byFirstWord.get(word);
    if (!phrases) return undefined;
    sticky = new RegExp(`(?<![\\w'])${phraseAlternatives(phrases)}(?![\\w])`, "iy");
    index.compiled.set(word, sticky);
  }
  return sticky;
}

function findPhrases(index: PhraseIndex, text: string): RegExpExecArray[] {
  return findAtFirstWords(index, text, (word) => stickyFor(index, word));
}

export function spanOf(match: RegExpExecArray, group = 0): Span {
  const value = match[group] ?? "";
  const offset = group === 0 ? 0 : match[0].indexOf(value);
  const start = (match.index ?? 0) + Math.max(0, offset);
  return { start, end: start + value.length };
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One case-insensitive, whole-word regex for a list of phrases. A space in a phrase matches one space
 * or hyphen, or nothing, as in hashtags ("drug seeker", "drug-seeker", "#drugseeker"); longer phrases
 * are tried first.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const regex = new RegExp(`(?<![\\w'])${phraseAlternatives(phrases)}(?![\\w])`, "gi");
  indexPhrases(regex, phrases);
  return regex;
}

/** Whether a text contains any of the phrases, looked up through the phrase index (no full scan). */
export function phraseTester(phrases: readonly string[]): { test(text: string): boolean } {
  const regex = phraseRegex(phrases);
  return { test: (text: string) => findAll(regex, text).length > 0 };
}

/** The phrases as one non-capturing regex group, longest first, to embed in a larger regex. */
export function phraseAlternatives(phrases: readonly string[]): string {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegex(phrase).replace(/ /g, "[\\s-]?"));
  return `(?:${alternatives.join("|")})`;
}

/** The last `count` words before `index` (lower case), to look for a negation right before a claim. */
export function wordsBefore(text: string, index: number, count: number): string[] {
  const words =
    text
      .slice(Math.max(0, index - 60), index)
      .toLowerCase()
      .match(/[\w']+/g) ?? [];
  return words.slice(-count);
}

/** True when the span sits inside straight or typographic quotes on the same line (a word mentioned, not used). */
export function isQuoted(text: string, span: Span): boolean {
  const before = text.charAt(span.start - 1);
  const after = text.charAt(span.end);
  return (before === '"' && after === '"') || (before === "'" && after === "'");
}

/** True when the text is a question (its sentence ends with "?"): questions assert nothing. */
export function isQuestion(text: string, span: Span): boolean {
  return text.slice(span.start, span.end).trimEnd().endsWith("?");
}
