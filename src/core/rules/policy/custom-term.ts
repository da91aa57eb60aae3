import type { CustomTerm, Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { MAX_SCANNED_CHARS } from "./custom-identifier";

const MAX_MATCHES_PER_TERM = 20;

/**
 * The organization's words not for public posts (internal project names, VIP aliases) from policy,
 * found as whole words in any case, with any run of spaces between their words.
 */
export const customTerm: Rule = {
  id: "policy/custom-term",
  category: "policy",
  severity: "medium",
  summary: "A term the organization keeps internal (project names, VIP aliases) from policy.",
  judge(post: Post): Finding[] {
    const findings: Finding[] = [];
    const text = post.text.slice(0, MAX_SCANNED_CHARS);
    for (const term of post.context.customTerms ?? []) {
      let matches = 0;
      for (const match of text.matchAll(termPattern(term))) {
        const start = match.index ?? 0;
        findings.push({
          rule: this.id,
          category: this.category,
          severity: term.severity,
          message: `${describe(term)} is on your organization's list of internal terms that should not be posted.`,
          start,
          end: start + match[0].length,
        });
        if (++matches >= MAX_MATCHES_PER_TERM) break;
      }
    }
    return findings;
  },
};

const termPatterns = new Map<string, RegExp>();

/** A literal pattern (linear time): the term's words, escaped, joined by whitespace, not inside a longer word. */
function termPattern(term: CustomTerm): RegExp {
  let pattern = termPatterns.get(term.term);
  if (!pattern) {
    const words = term.term
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
    if (termPatterns.size > 1000) termPatterns.clear();
    termPatterns.set(term.term, pattern);
  }
  return pattern;
}

function describe(term: CustomTerm): string {
  return term.label ? `This ${term.label}` : "This term";
}
