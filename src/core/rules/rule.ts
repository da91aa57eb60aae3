import type { Cues } from "../context/cues";
import type { Candidate } from "../recognizers/recognizer";
import type { Category, CheckContext, Finding, Severity } from "../types";

/** A post as rules see it: normalized text (all spans in its coordinates) and what was recognized. */
export interface Post {
  readonly original: string;
  /** Normalized text; rules match against this. */
  readonly text: string;
  readonly lower: string;
  readonly candidates: readonly Candidate[];
  readonly context: CheckContext;
  /**
   * Sentences and what they are about (patient, health, the organization's voice, consent...). Filled
   * by `check`; optional so that a post built by hand still type-checks (read it with `cuesOf(post)`).
   */
  readonly cues?: Cues;
}

/** One rule, one file: `src/core/rules/<id>.ts`, registered in `registry.ts`, listed in docs/rules.md. */
export interface Rule {
  /** "family/name", e.g. "phi/identifier-in-patient-context". */
  id: string;
  category: Category;
  /** The usual severity of its findings (a rule may raise or lower a single finding). */
  severity: Severity;
  /** One line for docs/rules.md and the options page. */
  summary: string;
  judge(post: Post): Finding[];
}

/**
 * The finding of `rule` on one regex match. `offset` is where the matched text starts in `post.text`
 * (a sentence's start, when the match ran on that sentence alone).
 */
export function findingOnMatch(
  rule: Rule,
  match: RegExpMatchArray,
  explained: { message: string; suggestion?: string },
  offset = 0,
): Finding {
  const start = offset + (match.index ?? 0);
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: explained.message,
    start,
    end: start + match[0].length,
    ...(explained.suggestion !== undefined ? { suggestion: explained.suggestion } : {}),
  };
}
