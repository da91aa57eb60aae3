import { findSpelledNumbers, type SpelledNumber } from "../text/spelled-digits";
import type { CheckContext, EntityType, Span } from "../types";

/** What a recognizer reports, in normalized-text coordinates. */
export interface Candidate extends Span {
  type: EntityType;
  confidence: number;
  recognizer: string;
  label?: string;
  /** The organization's own identifier (from the admin policy): never a patient's. */
  organization?: boolean;
}

export interface Pattern {
  name: string;
  /** Must be global (`g`); no nested quantifiers (the fuzz test checks time stays linear). */
  regex: RegExp;
  score: number;
  /** Capture group holding the identifier itself; 0 (the whole match) by default. */
  group?: number;
  label?: string;
  /** Keep the match only when one of the recognizer's context words is near (a bare 10-digit run). */
  needsContext?: boolean;
}

/**
 * A recognizer is data plus small hooks, in the shape of Presidio's PatternRecognizer: patterns with
 * scores, context words that raise the score when near, and validate/invalidate checks. Recognizers
 * that need more than patterns (names) implement `find` instead.
 */
export interface Recognizer {
  name: string;
  type: EntityType;
  patterns?: Pattern[];
  /** Whole words that, within `contextWindow` characters before the match, add `contextBoost`. */
  context?: string[];
  contextWindow?: number;
  contextBoost?: number;
  /** Return false to drop a match (checksum failed, impossible date, ...). */
  validate?(value: string, text: string, span: Span): boolean;
  /** A finer label decided from the surroundings ("fax", "date of birth"). */
  labelFor?(value: string, text: string, span: Span): string | undefined;
  find?(text: string, context: CheckContext): Candidate[];
}

const contextRegexes = new WeakMap<Recognizer, RegExp | null>();

function contextRegex(recognizer: Recognizer): RegExp | null {
  let regex = contextRegexes.get(recognizer);
  if (regex === undefined) {
    const words = recognizer.context ?? [];
    regex = words.length === 0 ? null : new RegExp(`\\b(?:${words.map(escapeRegex).join("|")})\\b`, "i");
    contextRegexes.set(recognizer, regex);
  }
  return regex;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Runs a pattern recognizer over the text. */
export function runPatterns(recognizer: Recognizer, text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of recognizer.patterns ?? []) {
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const group = pattern.group ?? 0;
      const value = match[group];
      if (value === undefined || value.length === 0) {
        if (match[0].length === 0) regex.lastIndex++;
        continue;
      }
      const offset = group === 0 ? 0 : match[0].lastIndexOf(value);
      const start = match.index + offset;
      const span = { start, end: start + value.length };
      const boosted = hasContextBefore(recognizer, text, start);
      if ((recognizer.validate && !recognizer.validate(value, text, span)) || (pattern.needsContext && !boosted)) {
        // A label followed by a word ("BCBS policy number W44...") must not hide the real value after it.
        regex.lastIndex = match.index + 1;
        continue;
      }
      const label = recognizer.labelFor?.(value, text, span) ?? pattern.label;
      found.push({
        ...span,
        type: recognizer.type,
        recognizer: recognizer.name,
        confidence: Math.min(1, pattern.score + (boosted ? (recognizer.contextBoost ?? 0.3) : 0)),
        ...(label ? { label } : {}),
      });
    }
  }
  return found;
}

function hasContextBefore(recognizer: Recognizer, text: string, start: number): boolean {
  const regex = contextRegex(recognizer);
  if (!regex) return false;
  return regex.test(text.slice(Math.max(0, start - (recognizer.contextWindow ?? 40)), start));
}

/** The words just before `start` (lowercased), for labels such as "fax" or "date of birth". */
export function before(text: string, start: number, width = 30): string {
  return text.slice(Math.max(0, start - width), start).toLowerCase();
}

/**
 * A labelled identifier: one of `labels`, then up to a few separators (":", "#", "is", "no."), then the
 * value. Built from plain alternations so there is no nested quantifier.
 */
export function labelled(labels: string[], value: string, flags = "gi"): RegExp {
  const alternatives = labelAlternatives(labels);
  return new RegExp(
    `\\b(?:${alternatives})(?:\\s?(?:#|no\\.?|num(?:ber)?\\.?|id))?[\\s:#.=(-]{0,4}(?:(?:is|was|of|says|said|reads|read)\\s)?(${value})`,
    flags,
  );
}

function labelAlternatives(labels: string[]): string {
  return labels.map((label) => label.replace(/ /g, "[\\s-]?")).join("|");
}

/**
 * A label separated from its value by a few words: "the billing # on his paperwork was 6 6 0 1...",
 * "fishing license lol. # FL-2291847". The words between hold no digit and end in "#", ":", "is", "was",
 * "says"; the gap is bounded, so a failed try costs at most 30 steps.
 */
export function labelledLoosely(labels: string[], value: string, flags = "gi"): RegExp {
  return new RegExp(
    `\\b(?:${labelAlternatives(labels)})(?!\\w)[^\\d\\n]{0,30}?(?:#|:|=|\\bis|\\bwas|\\bsays|\\breads)\\s{0,2}(?:(?:literally|actually|still|just|now|definitely)\\s)?(${value})`,
    flags,
  );
}

/**
 * Part of an identifier, which still points at one person: "MR# ends 8841", "serial sticker ending
 * e77-0041-q", "member ID last 4 is 7731". One optional word may stand between label and "ending".
 */
export function partialAfterLabel(labels: string[], value: string, flags = "gi"): RegExp {
  return new RegExp(
    `\\b(?:${labelAlternatives(labels)})(?:\\s?#)?(?:\\s[a-z]{2,10})?[\\s:#]{0,3}(?:that |which )?(?:ending in|ending with|ends in|ends with|ending|ends|last (?:3|4|5|6|three|four|five|six)(?: digits)?(?: (?:is|are|of|was|were))?)[\\s:#]{0,3}(${value})(?![\\w-])`,
    flags,
  );
}

let spelledText: string | undefined;
let spelledRuns: SpelledNumber[] = [];

/**
 * Numbers written in words ("six oh two, five five five...", "zip's nine-four-six-oh-nine") that follow
 * one of the words of `label` within `window` characters, and whose digits `accept` takes.
 */
export function spelledNumbersAfter(
  text: string,
  label: RegExp,
  accept: (digits: string) => boolean,
  window = 40,
): Span[] {
  // Several recognizers ask about the same post in a row: read its spelled numbers once.
  if (spelledText !== text) {
    spelledText = text;
    spelledRuns = findSpelledNumbers(text);
  }
  return spelledRuns
    .filter((run) => accept(run.digits) && label.test(before(text, run.start, window)))
    .map(({ start, end }) => ({ start, end }));
}

export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}
