import { MYTHS } from "../../lexicons/myths";
import { isRefuted } from "../../lexicons/refutation";
import { findAll } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

/** A known health myth stated as fact ("vaccines cause autism"); refuting one is fine. */
export const knownMyth: Rule = {
  id: "misinformation/known-myth",
  category: "misinformation",
  severity: "medium",
  summary: 'A known health myth stated as fact ("vaccines cause autism", "the flu shot gives you the flu").',
  judge(post: Post): Finding[] {
    const findings: Finding[] = [];
    const words = new Set(post.lower.match(/\w+/g) ?? []);
    for (const myth of MYTHS) {
      if (!myth.topics.some((topic) => words.has(topic))) continue;
      if (myth.requires && !myth.requires.test(post.text)) continue;
      for (const match of findAll(myth.pattern, post.text)) {
        const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
        if (isRefuted(post.text, span, { negationInside: myth.negationInside ?? true })) continue;
        findings.push({
          rule: this.id,
          category: this.category,
          severity: this.severity,
          message: `This repeats a known health myth (${myth.correction}), and coming from a clinician it misleads people.`,
          ...span,
        });
      }
    }
    return findings;
  },
};
