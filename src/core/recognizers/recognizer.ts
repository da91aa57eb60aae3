import type { CheckContext, EntityType, Span } from "../types";

/** What a recognizer reports, in normalized-text coordinates. */
export interface Candidate extends Span {
  type: EntityType;
  confidence: number;
  recognizer: string;
  label?: string;
}

export interface Pattern {
  name: string;
  /** Must be global (`g`); no nested quantifiers (the fuzz test checks time stays linear). */
  regex: RegExp;
  score: number;
  /** Capture group holding the identifier itself; 0 (the whole match) by default. */
  group?: number;
  label?: string;
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
  find?(text: string, context: CheckContext): Candidate[];
}

/** Runs a pattern recognizer over the text. */
export function runPatterns(recognizer: Recognizer, text: string): Candidate[] {
  const found: Candidate[] = [];
  const lower = text.toLowerCase();
  for (const pattern of recognizer.patterns ?? []) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      const group = pattern.group ?? 0;
      const value = match[group];
      if (value === undefined || value.length === 0) continue;
      const offset = group === 0 ? 0 : match[0].indexOf(value);
      const start = (match.index ?? 0) + offset;
      const span = { start, end: start + value.length };
      if (recognizer.validate && !recognizer.validate(value, text, span)) continue;
      const boosted = hasContextBefore(recognizer, lower, start);
      found.push({
        ...span,
        type: recognizer.type,
        recognizer: recognizer.name,
        confidence: Math.min(1, pattern.score + (boosted ? (recognizer.contextBoost ?? 0.3) : 0)),
        ...(pattern.label ? { label: pattern.label } : {}),
      });
    }
  }
  return found;
}

function hasContextBefore(recognizer: Recognizer, lower: string, start: number): boolean {
  if (!recognizer.context?.length) return false;
  const window = lower.slice(Math.max(0, start - (recognizer.contextWindow ?? 40)), start);
  return recognizer.context.some((word) => new RegExp(`\\b${word}\\b`).test(window));
}
