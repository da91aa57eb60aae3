import { PASSWORD_PATTERN, PATIENT_SYSTEMS, SECRET_WORDS, WEAK_SECRET_WORDS } from "../../lexicons/security";
import { findAll, sentenceAfter, sentenceAt } from "../../lexicons/text-search";
import type { Finding, Span } from "../../types";
import type { Post, Rule } from "../rule";

/** A token that looks like a password: letters with digits or symbols ("Winter2024!", "Tracker#1"). */
function looksLikeSecret(token: string): boolean {
  if (token.length < 4 || /^https?:/i.test(token) || token.includes("@")) return false;
  const letters = /[A-Za-z]/.test(token);
  // "admin/admin", "float5n/Welcome": a user name and password written as a pair.
  if (/^[\w.-]{3,}\/[\w.!#$%^&*-]{3,}$/.test(token) && !/^(?:and|she|her|his|him|they|them)\//i.test(token))
    return true;
  return letters && (/\d/.test(token) || /[!#$%^&*]/.test(token));
}

/** Passwords and shared logins; high when the login opens patient records. */
export const sharedPassword: Rule = {
  id: "security/shared-password",
  category: "security",
  severity: "medium",
  summary: "A password, shared login or password pattern (high when it opens an EHR or other patient records).",
  judge(post: Post): Finding[] {
    const { text } = post;
    const opensCharts = PATIENT_SYSTEMS.test(text);
    const severity = opensCharts ? "high" : "medium";
    const message = opensCharts
      ? "This shares a login to a system that holds patient records, so anyone who reads it can open charts: remove it and ask IT to reset it."
      : "This shares a password or how one is built, so anyone who reads it can get in: remove it and change the password.";
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const keyword of findAll(SECRET_WORDS, text)) {
      const from = (keyword.index ?? 0) + keyword[0].length;
      const sentence = sentenceAt(text, keyword.index ?? 0);
      // "Epic login issues? Just use mine: rnsmith / Summer#2025": a question runs on into its answer.
      const asks = text.slice(sentence.start, sentence.end).trimEnd().endsWith("?");
      const until = asks ? (sentenceAfter(text, keyword.index ?? 0)?.end ?? sentence.end) : sentence.end;
      const window = text.slice(from, Math.min(until, from + 60));
      const secrets: Span[] = [];
      const tokens = findAll(/\S+/g, window).slice(0, WEAK_SECRET_WORDS.test(keyword[0]) ? 1 : undefined);
      for (const token of tokens) {
        const value = token[0].replace(/^["'(]+/, "").replace(/[.,;:)"']+$/, "");
        if (!looksLikeSecret(value)) continue;
        const start = from + (token.index ?? 0) + token[0].indexOf(value);
        secrets.push({ start, end: start + value.length });
        if (secrets.length === 2) break;
      }
      const isPattern = secrets.length === 0 && /\b(?:is|are)\b/i.test(window) && PASSWORD_PATTERN.test(window);
      const spans = isPattern ? [{ start: keyword.index ?? 0, end: from + window.trimEnd().length }] : secrets;
      for (const span of spans) {
        if (seen.has(span.start)) continue;
        seen.add(span.start);
        findings.push({
          rule: this.id,
          category: this.category,
          severity,
          message,
          ...span,
          suggestion: "[password removed]",
        });
      }
    }
    return findings;
  },
};
