import { LOCKS } from "../../lexicons/security";
import { findAll, sentenceAt } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const CODE_WORD = /\b(?:codes?|combo|combination|pin|passcode|keypad|override)\b/gi;
/** The digits of a code, within the same clause after the word "code". */
const DIGITS_AFTER =
  /^[^.!?\n]{0,60}?(?<![\d.,$])(\d{3,8}[#*]?|\d(?:[- ]\d){2,7}[#*]?)(?![\d%]|[.,]\d|\s?(?:minutes|min|mins|hours|hrs|seconds|sec|am|pm|people|patients|percent|years|days|beds|%))/;

/**
 * A lock or a way in named, then its digits, a few words later at most: "the med room is 4-4-2-1",
 * "supply closet = 2580#", "the staff entrance by the loading dock is 2580* now".
 */
const PLACE_IS_DIGITS =
  /\b(?:med room|medroom|supply room|supply closet|break room|staff room|staff lounge|lounge|stockroom|storage room|locker room|stairwell|pyxis|omnicell|lockbox|cabinet|narc box|narcotics box|side door|back door|door|doors|entrance|entry|exit|gate|keypad|staff entrance|ambulance bay|loading dock|fire door|garage|elevator|lift|on-call room|call room|pharmacy|med fridge|drug fridge)(?: door| code| lock)?(?: (?!is\b|are\b|was\b)[\w'&-]+){0,6}? (?:is|=|:|code is|is now|code's|now)\s?(?:still |now |currently |always )?(\d{4,8}[#*]?|\d(?:[- ]\d){3,7}[#*]?)(?![\d%:]|\s?(?:am|pm|min|mins|minutes|hours|hrs|beds|patients|sq|square|ft|feet|foot|m|meters|metres|yards|steps|miles|km|people|staff|days|weeks|years))/gi;

/**
 * A way in that is broken open, posted where anyone can read it: "the badge reader on the stairwell is
 * broken, anyone can walk straight into the NICU". The broken lock and the open way in together.
 */
const BROKEN_LOCK =
  /\b(?:badge readers?|badge scanners?|card readers?|card swipes?|swipe readers?|keypads?|doors?|locks?|mag ?locks?|gates?|door alarms?|exit alarms?|security cameras?|cameras?|fobs? readers?)\b[^.!?\n]{0,50}?\b(?:broken|busted|disabled|propped open|wedged open|taped open|held open|doesn't lock|doesnt lock|won't lock|wont lock|not locking|never locks|not working|out of order|doesn't latch|doesnt latch|won't latch|unlocked|dead|not latching|won't close|doesn't close|doesnt close)\b/gi;
const OPEN_TO_ANYONE =
  /\b(?:anyone|anybody|any1|randos|randoms|the public|strangers|visitors|whoever|people|someone|literally anyone) (?:can|could|is able to|are able to|just) (?:just |literally )?(?:walk|wander|stroll|get|come|waltz|stroll|go|walk right|walk straight)\b|\bwalk (?:right|straight) (?:in|into|up|through)\b|\bwide open\b|\bno (?:badge|swipe|code) (?:needed|required)\b|\bwithout (?:a |any )?(?:badge|swipe|code)\b/i;

/** Words right before digits that make them an extension, a room or a floor rather than a code. */
const NOT_A_CODE_BEFORE =
  /\b(?:ext|extn|extension|x|tel|phone|call|bleep|pager|page|room|rm|bed|bay|floor|level|ward|suite|building|bldg)\.?\s*#?\s*$/i;

/** A code given as what to type: "just punch 7731", "key in 4455#". */
const TYPE_DIGITS = /\b(?:punch(?: in)?|key in|type in|tap in|dial)\s(\d{4,8}[#*]?)(?![\d%])/gi;

/**
 * A code given away without its digits: where it is written ("the code is on a sticky note on the
 * door") or what it equals ("it's the last 4 of the unit phone", "same as the old one"). Anyone who
 * reads it can work the code out.
 */
const CODE_GIVEN_AWAY =
  /(?<!\b(?:dress|zip|postal|post|promo|discount|coupon|bar|qr|area|icd|cpt|billing|source|colour|color|ethics|conduct|wifi|wi-fi) )\b(?:codes?|combo|combination|passcode)(?:'s| is| are| was)? (?:literally |still |just |now |always |basically |written |taped |stuck |posted |scribbled ){0,2}(?:on (?:a|the) (?:sticky note|sticky|post-it|post it|postit|piece of paper|scrap of paper|note|card)|on the (?:door|wall|keypad|whiteboard|frame|monitor|fridge|side of)|(?:just |literally )?the (?:last|first) (?:3|4|5|6|three|four|five|six)(?: digits)? of|(?:just |literally )?the same as the|(?:just |literally )?(?:the )?(?:unit|ward|floor|department|clinic|hospital)(?:'s)? (?:phone|extension|number|zip|address))/gi;
/** "it's the last 4 of the unit phone": the derivation said of a code named in an earlier sentence. */
const DERIVED_CODE =
  /\b(?:it's|its|it is) (?:literally |just |still )?the (?:last|first) (?:3|4|5|6|three|four|five|six)(?: digits)? of (?:the|our|my) (?:unit|ward|floor|department|clinic|hospital|main|nurses'?|front desk)\b/gi;

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
  summary:
    "A door, keypad, badge or cabinet code (or where it is written, or what it equals), or a broken lock that lets anyone in.",
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    for (const word of findAll(CODE_WORD, text)) {
      const at = word.index ?? 0;
      const end = at + word[0].length;
      const digits = DIGITS_AFTER.exec(text.slice(end));
      if (!digits?.[1]) continue;
      const between = text.slice(end, end + digits.index + digits[0].length);
      // "call facilities at ext 4411", "the keypad in room 2214": a phone extension or a room, not a code.
      if (NOT_A_CODE_BEFORE.test(between.slice(0, between.length - digits[1].length))) continue;
      const opensSomething =
        /^(?:combo|combination|keypad|passcode)$/i.test(word[0]) ||
        LOCKS.test(text.slice(Math.max(0, at - 40), at)) ||
        LOCKS.test(between);
      if (!opensSomething) continue;
      const start = end + digits[0].length - digits[1].length;
      if (findings.some((finding) => finding.start === start)) continue;
      findings.push(codeFinding(this, start, start + digits[1].length));
    }
    for (const place of findAll(PLACE_IS_DIGITS, text)) {
      const start = (place.index ?? 0) + place[0].length - (place[1]?.length ?? 0);
      if (findings.some((finding) => finding.start === start)) continue;
      findings.push(codeFinding(this, start, start + (place[1]?.length ?? 0)));
    }
    for (const typed of findAll(TYPE_DIGITS, text)) {
      const sentence = sentenceAt(text, typed.index ?? 0);
      if (!LOCKS.test(text.slice(sentence.start, sentence.end)) && !/\blocked out\b/i.test(text)) continue;
      const start = (typed.index ?? 0) + typed[0].length - (typed[1]?.length ?? 0);
      if (findings.some((finding) => finding.start === start)) continue;
      findings.push(codeFinding(this, start, start + (typed[1]?.length ?? 0)));
    }
    if (findings.length === 0 && LOCKS.test(text)) {
      const given =
        findAll(CODE_GIVEN_AWAY, text)[0] ?? (/\bcode\b/i.test(text) ? findAll(DERIVED_CODE, text)[0] : undefined);
      if (given) {
        const start = given.index ?? 0;
        findings.push({
          rule: this.id,
          category: this.category,
          severity: this.severity,
          message:
            "This tells anyone who reads it where to find or how to work out an access code: remove it and have the code changed.",
          start,
          end: start + given[0].length,
        });
      }
    }
    if (findings.length === 0 && OPEN_TO_ANYONE.test(text)) {
      const broken = findAll(BROKEN_LOCK, text)[0];
      if (broken) {
        const start = broken.index ?? 0;
        findings.push({
          rule: this.id,
          category: this.category,
          severity: this.severity,
          message:
            "This tells anyone who reads it that a way into a staff-only area is open: report it to security instead of posting it.",
          start,
          end: start + broken[0].length,
        });
      }
    }
    return findings;
  },
};
