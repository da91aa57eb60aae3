import { readCues } from "./context/cues";
import { findCandidates } from "./recognizers";
import { RULES } from "./rules/registry";
import type { Post } from "./rules/rule";
import { normalize } from "./text/normalize";
import type { CheckContext, CheckResult, Entity, Finding } from "./types";
import { maxVerdict } from "./types";

/**
 * Judges one post. Pure: no browser API, no I/O; the same call runs in the worker, the CLI and tests.
 * All spans in the result index into `text` exactly as given.
 */
export function check(text: string, context: CheckContext = {}): CheckResult {
  const normalized = normalize(text);
  const candidates = findCandidates(normalized.text, context);
  const post: Post = {
    original: text,
    text: normalized.text,
    lower: normalized.text.toLowerCase(),
    candidates,
    context,
    cues: readCues(normalized.text),
  };
  const disabled = new Set(context.disabledCategories ?? []);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.category)) continue;
    for (const finding of rule.judge(post)) {
      if (finding.start === undefined || finding.end === undefined) findings.push(finding);
      else findings.push({ ...finding, ...normalized.toOriginal({ start: finding.start, end: finding.end }) });
    }
  }
  const entities: Entity[] = candidates.map((candidate) => {
    const span = normalized.toOriginal(candidate);
    return { ...candidate, ...span, text: text.slice(span.start, span.end) };
  });
  return { verdict: maxVerdict(findings.map((finding) => finding.severity)), entities, findings };
}
