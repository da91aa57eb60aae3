import {
  ACCESS_CUES,
  CREDENTIAL_PAIR,
  PASSWORD_PATTERN,
  PATIENT_SYSTEM_ACRONYMS,
  PATIENT_SYSTEMS,
  SECRET_WORDS,
  WEAK_SECRET_WORDS,
} from "../../lexicons/security";
import { findAll, sentenceAfter, sentenceAt, sentences } from "../../lexicons/text-search";
import type { Finding, Span } from "../../types";
import type { Post, Rule } from "../rule";

/** A token that looks like a password: letters with digits or symbols ("Winter2024!", "Tracker#1"). */
function looksLikeSecret(token: string): boolean {
  if (token.length < 4 || /^https?:/i.test(token) || token.includes("@")) return false;
  const letters = /[A-Za-z]/.test(token);
  // "admin/admin", "float5n/Welcome": a user name and password written as a pair.
  if (/^[\w.-]{3,}\/[\w.!#$%^&*-]{3,}$/.test(token) && !/^(?:and|she|her|his|him|they|them)\//i.test(token))
    return true;
  // "thx!!", "omg!!": trailing exclamation marks are emphasis, not a password's symbol.
  const core = token.replace(/[!?]+$/, "");
  return letters && (/\d/.test(token) || /[!#$%^&*]/.test(core));
}

/** The password half of a "user / password" pair: long enough, and letters with digits or symbols. */
function looksLikePairedSecret(token: string): boolean {
  return token.length >= 6 && /[A-Za-z]/.test(token) && /[\d!#$%^&*@]/.test(token);
}

/** A verb that says the pattern is what the password is ("is", "everyone just does", "we all use"). */
/** The word right before a token that says the token is the password: "(it's Xray#7789". */
const NAMES_THE_SECRET = /^\(?(?:it's|its|is|was|=|:|it's:|literally|just|password:|pw:)$/i;

const PART =
  "(?:season|month|year|birth ?year|birthday|dob|initials|badge (?:number|#)|employee (?:id|number)|unit name|unit number|last name|first name|surname|pet's name|kid's name|zip code|zip|phone number|room number)";
/** A password built from parts: "season + year + !", "your initials then your badge number". */
const PASSWORD_PARTS = new RegExp(
  `\\b${PART}\\s*(?:\\+|plus|then|followed by|and then|&)\\s*(?:(?:the|your|their|my|ur) )?(?:${PART}|[!#$%@*]|\\d{1,4}\\b)`,
  "i",
);

/** Where the written-down password is kept: "taped under the keyboard", "on a sticky note on the monitor". */
const SECRET_LOCATION =
  /^[^.!?\n]{0,60}?\b(?:(?:taped|stuck|written|scribbled|posted|hidden|kept)\s(?:up\s)?(?:on|under|to|in|inside|behind)\s(?:the |a |my |our |that |every )?(?:[\w-]+ ){0,3}?(?:keyboard|monitor|screen|sticky(?: note)?|post-?it|note|whiteboard|desk|drawer|badge|wall|computer|cart|wow|cow|fridge|door)|(?:is|are|lives|sits|'s) (?:literally |just |still |always )?(?:on|under) (?:a |the )(?:sticky(?: note)?|post-?it|post it|keyboard))\b/i;

/** The password put somewhere first, then named: "taped the portal password under the keyboard". */
const SECRET_PLACED =
  /\b(?:taped|stuck|wrote|written|scribbled|left|put|posted|pinned)\b[^.!?\n]{0,40}?\b(?:password|passwords|passcode|login|logins|pw|pwd|credentials|creds)\b[^.!?\n]{0,30}?\b(?:on|under|to|in|inside|behind)\s(?:the |a |my |our |that |every )?(?:[\w-]+ ){0,3}?(?:keyboard|monitor|screen|sticky(?: note)?|post-?it|note|whiteboard|desk|drawer|badge|wall|computer|cart|wow|cow|fridge|door)\b/i;

/** "never make it season + year", "don't make your password ...": a warning about how not to build one. */
const WARNING = /\b(?:never|don't|do not|avoid|stop)\b/i;

const PATTERN_VERB = /\b(?:is|are|does|do|uses|use|just|always|set to)\b|=/i;

/** Passwords and shared logins; high when the login opens patient records. */
export const sharedPassword: Rule = {
  id: "security/shared-password",
  category: "security",
  severity: "medium",
  summary:
    'A password, shared login (a bare "user / password" pair too) or password pattern; high when it opens patient records.',
  judge(post: Post): Finding[] {
    const { text } = post;
    const opensCharts = PATIENT_SYSTEMS.test(text) || PATIENT_SYSTEM_ACRONYMS.test(text);
    const severity = opensCharts ? "high" : "medium";
    const message = opensCharts
      ? "This shares a login to a system that holds patient records, so anyone who reads it can open charts: remove it and ask IT to reset it."
      : "This shares a password or how one is built, so anyone who reads it can get in: remove it and change the password.";
    const findings: Finding[] = [];
    const seen = new Set<number>();
    const report = (span: Span): void => {
      if (seen.has(span.start)) return;
      seen.add(span.start);
      findings.push({
        rule: this.id,
        category: this.category,
        severity,
        message,
        ...span,
        suggestion: "[password removed]",
      });
    };
    for (const keyword of findAll(SECRET_WORDS, text)) {
      const from = (keyword.index ?? 0) + keyword[0].length;
      const sentence = sentenceAt(text, keyword.index ?? 0);
      // "Epic login issues? Just use mine: rnsmith / Summer#2025": a question runs on into its answer.
      const asks = text.slice(sentence.start, sentence.end).trimEnd().endsWith("?");
      // "...the wifi password is on a post-it. it's 'Password1'.": the next sentence names "it".
      const next = sentenceAfter(text, keyword.index ?? 0);
      const namesIt =
        next !== undefined && /^\s*(?:it's|its|it is|which is|it's just)\b/i.test(text.slice(next.start, next.end));
      const until = (asks || namesIt) && next ? next.end : sentence.end;
      const window = text.slice(from, Math.min(until, from + (namesIt ? 120 : 60)));
      // Further on in the sentence, only a token the sentence says the password is: "... is on a sticky
      // note (it's Xray#7789 lol)", "... so everyone just does season + year + !".
      const farWindow = text.slice(from, Math.min(until, from + 120));
      const secrets: Span[] = [];
      const weak = WEAK_SECRET_WORDS.test(keyword[0]);
      const tokens = findAll(/\S+/g, weak ? window : farWindow).slice(0, weak ? 1 : undefined);
      let previous = "";
      for (const token of tokens) {
        const value = token[0].replace(/^["'(]+/, "").replace(/[.,;:)"']+$/, "");
        const named = previous;
        previous = token[0];
        if ((token.index ?? 0) >= window.length && !NAMES_THE_SECRET.test(named)) continue;
        if (!looksLikeSecret(value)) continue;
        const start = from + (token.index ?? 0) + token[0].indexOf(value);
        secrets.push({ start, end: start + value.length });
        if (secrets.length === 2) break;
      }
      const near = secrets.length === 0 && PATTERN_VERB.test(window) && PASSWORD_PATTERN.test(window);
      const warns = WARNING.test(farWindow) || WARNING.test(text.slice(sentence.start, keyword.index ?? 0));
      const built = secrets.length === 0 && !near && !warns && PASSWORD_PARTS.exec(farWindow);
      const patternEnd = built ? from + built.index + built[0].length : from + window.trimEnd().length;
      const spans = near || built ? [{ start: keyword.index ?? 0, end: patternEnd }] : secrets;
      spans.forEach(report);
      // "my epic login is taped under the keyboard": where to find it is as good as the password.
      const where = spans.length === 0 && !warns ? SECRET_LOCATION.exec(farWindow) : null;
      if (where) report({ start: keyword.index ?? 0, end: from + where.index + where[0].length });
      const placed =
        spans.length === 0 && !where && !warns ? SECRET_PLACED.exec(text.slice(sentence.start, sentence.end)) : null;
      if (placed)
        report({ start: sentence.start + placed.index, end: sentence.start + placed.index + placed[0].length });
    }
    // "IT made us change passwords again. everyone just does Season+Year+!": the recipe in a later
    // sentence of a post about passwords.
    if (findings.length === 0 && findAll(SECRET_WORDS, text).length > 0) {
      for (const sentence of sentences(text)) {
        const slice = text.slice(sentence.start, sentence.end);
        const built = PASSWORD_PARTS.exec(slice);
        if (!built || WARNING.test(slice)) continue;
        report({ start: sentence.start + built.index, end: sentence.start + built.index + built[0].length });
        break;
      }
    }
    // A login handed over with no keyword before it: "use mine till ur access is fixed — jkowal / Spring!2024".
    for (const pair of findAll(CREDENTIAL_PAIR, text)) {
      const secret = (pair[2] ?? "").replace(/[.,;:)"']+$/, "");
      if (!looksLikePairedSecret(secret)) continue;
      const sentence = sentenceAt(text, pair.index ?? 0);
      if (!ACCESS_CUES.test(text.slice(sentence.start, sentence.end))) continue;
      const start = (pair.index ?? 0) + pair[0].length - (pair[2] ?? "").length;
      report({ start, end: start + secret.length });
    }
    return findings;
  },
};
