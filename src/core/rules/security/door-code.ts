import { LOCKS } from "../../lexicons/security";
import { findAll, sentenceAt } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const CODE_WORD = /\b(?:codes?|combo|combination|pin|passcode|keypad)\b/gi;
/** The digits of a code, within the same clause after the word "code". */
const DIGITS_AFTER =
  /^[^.!?\n]{0,60}?(?<![\d.,$])(\d{3,8}[#*]?|\d(?:[- ]\d){2,7}[#*]?)(?![\d%]|[.,]\d|\s?(?:minutes|min|mins|hours|hrs|seconds|sec|am|pm|people|patients|percent|years|days|beds|%))/;

/** A code given as what to type: "just punch 7731", "key in 4455#". */
const TYPE_DIGITS = /\b(?:punch(?: in)?|key in|type in|tap in|dial)\s(\d{4,8}[#*]?)(?![\d%])/gi;

function codeFinding(rule: Rule, start: number, end: number): Finding {
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    message:
      "This posts an access code that lets anyone who reads it into a staff-only area: remove it and have the code changed.",
    start,
    end,
    suggestion: "[code removed]",
  };
}

/** Door, badge, keypad or cabinet codes: medium, they open rooms, not records. */
export const doorCode: Rule = {
  id: "security/door-code",
  category: "security",
  severity: "medium",
  summary: "A door, keypad, badge or cabinet code.",
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    for (const word of findAll(CODE_WORD, text)) {
      const at = word.index ?? 0;
      const end = at + word[0].length;
      const digits = DIGITS_AFTER.exec(text.slice(end));
      if (!digits?.[1]) continue;
      const between = text.slice(end, end + digits.index + digits[0].length);
      const opensSomething =
        /^(?:combo|combination|keypad|passcode)$/i.test(word[0]) ||
        LOCKS.test(text.slice(Math.max(0, at - 40), at)) ||
        LOCKS.test(between);
      if (!opensSomething) continue;
      const start = end + digits[0].length - digits[1].length;
      if (findings.some((finding) => finding.start === start)) continue;
      findings.push(codeFinding(this, start, start + digits[1].length));
    }
    for (const typed of findAll(TYPE_DIGITS, text)) {
      const sentence = sentenceAt(text, typed.index ?? 0);
      if (!LOCKS.test(text.slice(sentence.start, sentence.end)) && !/\blocked out\b/i.test(text)) continue;
      const start = (typed.index ?? 0) + typed[0].length - (typed[1]?.length ?? 0);
      if (findings.some((finding) => finding.start === start)) continue;
      findings.push(codeFinding(this, start, start + (typed[1]?.length ?? 0)));
    }
    return findings;
  },
};
