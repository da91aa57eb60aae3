import { check } from "../../../src/core/check";
import type { CheckContext, Finding } from "../../../src/core/types";

/**
 * The findings one rule reports when the whole engine checks `text`: conduct rules are tested
 * through `check` so that normalization and span mapping are part of what is tested.
 */
export function findingsOf(rule: string, text: string, context: CheckContext = {}): Finding[] {
  return check(text, context).findings.filter((finding) => finding.rule === rule);
}

/** The words each finding points at, as the user typed them. */
export function flaggedWords(rule: string, text: string, context: CheckContext = {}): string[] {
  return findingsOf(rule, text, context).map((finding) => text.slice(finding.start, finding.end));
}
