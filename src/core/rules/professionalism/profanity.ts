import { isProfaneWord, PROFANE_WORDS, unmask } from "../../lexicons/profanity";
import { findAll, phraseRegex } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

/** A word with the characters people use to mask or respell profanity ("f***ing", "a$$", "sh1t"). */
const TOKEN = /[A-Za-z0-9*#%$!@]+/g;
const PROFANE_PHRASES = phraseRegex([...PROFANE_WORDS].filter((word) => word.includes(" ")));
/** Masks the word tokenizer splits apart: "f-ing", "f'ing", "f--k", "sh-t". */
const SPLIT_MASKS =
  /\b(?:f[-'](?:ing|in|ed|er|ers|off)|f-{1,3}k(?:ing|ed|er)?|f-ck(?:ing|ed|er)?|sh-t(?:ty)?|b-tch|a-holes?|a\*\*holes?|go f (?:yourself|themselves|himself|herself|off))(?![\w])/gi;
/** "BS" is also blood sugar; only its swearing sense ("pile of bs", "total bs") counts. */
const BS =
  /\b(?:pile of|such|total|this is|that's|full of|what a load of|load of|more|utter|absolute) bs\b|\bbs from\b/gi;

/** "Damn" curses a thing when it modifies it ("this damn pump", "every damn button"); "damn proud" does not. */
const DAMN_AS_CURSE =
  /\b(?:this|that|these|those|every|the|my|your|his|her|their|our) damn(?:ed)? (?!good\b|proud\b|fine\b|near\b)[a-z]+|\bdamn it\b/gi;

/** What each word seen so far is; posts repeat the same few thousand words, so each is judged once. */
const VERDICTS = new Map<string, "clean" | "plain" | "masked">();
const MAX_REMEMBERED = 20_000;

function judgeToken(token: string): "clean" | "plain" | "masked" {
  const known = VERDICTS.get(token);
  if (known) return known;
  const plain = /^[A-Za-z]+$/.test(token);
  const verdict = (plain ? isProfaneWord(token) : unmask(token) !== undefined) ? (plain ? "plain" : "masked") : "clean";
  if (VERDICTS.size >= MAX_REMEMBERED) VERDICTS.clear();
  VERDICTS.set(token, verdict);
  return verdict;
}

/** Profanity, masked or not, reads as unprofessional on a clinician's account. */
export const profanity: Rule = {
  id: "professionalism/profanity",
  category: "professionalism",
  severity: "medium",
  summary: 'Profanity, including masked forms ("f***", "sh*t", "a$$", "sh!tshow", "d*mn"); clinical words are allowed.',
  judge(post: Post): Finding[] {
    const findings: Finding[] = [];
    const report = (start: number, end: number, masked: boolean): void => {
      const word = post.text.slice(start, end);
      findings.push({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `"${word}" is profanity${masked ? ", even masked," : ""} and reads as unprofessional on a clinician's account.`,
        start,
        end,
        suggestion: "",
      });
    };
    for (const match of findAll(TOKEN, post.text)) {
      if (match[0].startsWith("@")) continue; // a handle, not a word
      const leading = /^[#!]*/.exec(match[0])?.[0].length ?? 0;
      const token = match[0].slice(leading).replace(/!+$/, "");
      if (token === "") continue;
      const start = (match.index ?? 0) + leading;
      const verdict = judgeToken(token);
      if (verdict !== "clean") report(start, start + token.length, verdict === "masked");
    }
    for (const match of findAll(PROFANE_PHRASES, post.text)) {
      const start = match.index ?? 0;
      report(start, start + match[0].length, false);
    }
    for (const match of findAll(DAMN_AS_CURSE, post.text)) {
      const start = (match.index ?? 0) + match[0].toLowerCase().indexOf("damn");
      report(start, start + (/^damn(?:ed)?/i.exec(post.text.slice(start))?.[0].length ?? 4), false);
    }
    for (const match of findAll(BS, post.text)) {
      const start = match.index ?? 0;
      report(start, start + match[0].length, false);
    }
    for (const match of findAll(SPLIT_MASKS, post.text)) {
      const start = match.index ?? 0;
      report(start, start + match[0].length, true);
    }
    return findings;
  },
};
