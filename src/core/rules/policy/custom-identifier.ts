import { compileCustomPattern } from "../../policy/custom-pattern";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

/** Bounds for one post, on top of the pattern's own cost bound: long pastes cannot stall typing. */
export const MAX_SCANNED_CHARS = 20_000;
export const MAX_MATCHES_PER_PATTERN = 50;

/**
 * The organization's own identifier formats (an MRN like "MRN-1234567", a member-ID scheme) from
 * policy. Any match is flagged at the identifier's severity, whatever the post is about: a record
 * number has no innocent use on social media.
 */
export const customIdentifier: Rule = {
  id: "policy/custom-identifier",
  category: "policy",
  severity: "high",
  summary: "A match of one of the organization's identifier formats (custom patterns from policy).",
  judge(post: Post): Finding[] {
    const findings: Finding[] = [];
    const text = post.text.slice(0, MAX_SCANNED_CHARS);
    for (const identifier of post.context.customIdentifiers ?? []) {
      const pattern = compileCustomPattern(identifier.pattern);
      if (!pattern) continue;
      let matches = 0;
      for (const match of text.matchAll(pattern)) {
        if (match[0].length === 0) continue;
        const start = match.index ?? 0;
        findings.push({
          rule: this.id,
          category: this.category,
          severity: identifier.severity,
          message: `This looks like a ${identifier.label}, an identifier your organization asks you never to post.`,
          start,
          end: start + match[0].length,
          suggestion: `[${identifier.label} removed]`,
        });
        if (++matches >= MAX_MATCHES_PER_PATTERN) break;
      }
    }
    return findings;
  },
};
