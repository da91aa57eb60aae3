import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/impaired-at-work";

describe(RULE, () => {
  it.each([
    ["hungover and on call, pray for my patients lol", "hungover"],
    ["Still a little drunk from last night and my shift starts in 2 hours", "drunk"],
    ["Took two edibles before clinic", "edibles"],
    ["Charting while tipsy is a skill", "tipsy"],
    ["Nothing like a few shots before rounds", "few shots"],
    ["Came to work still drunk from my birthday", "drunk"],
    ["Charting drunk again tonight lol", "drunk"],
    ["Wine o'clock in the call room tonight", "Wine"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "On call tonight, so it's sparkling water for me at the party.",
    "Drunk driving kills. Our trauma team sees it every weekend.",
    "Post-call nap followed by a glass of wine. Earned it.",
    "Day off, two beers and a baseball game.",
    "We wasted an hour at work on a broken printer.",
    "Another drunk guy crashed his scooter; sewing faces on night shift.",
    "Wine after a long shift is the best.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
