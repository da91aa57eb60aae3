import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "security/door-code";

describe(RULE, () => {
  it.each([
    ["Door code to the staff lounge is 4471#, for nights", "4471#"],
    ["the keypad code for the OR doors is 2580 until Monday", "2580"],
    ["Med room door code changed to 1357, don't forget", "1357"],
    ["Supply closet combo is 0412 tonight", "0412"],
    ["For anyone floating to ICU: the med room pin is 8812", "8812"],
    ["Staff bathroom code is 1234#, you're welcome", "1234#"],
  ])("flags %j", (text, code) => {
    expect(flaggedWords(RULE, text)).toEqual([code]);
  });

  it.each([
    "Code STEMI door-to-balloon time dropped to 52 minutes this year.",
    "Our code blue team ran 40 mock codes this quarter.",
    "Dress code reminder: closed-toe shoes in all clinical areas.",
    "Code gray drill at 2pm today in the main lobby, 1200 staff expected.",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a lock named, then its digits`, () => {
  it.each([
    ["the med room is 4-4-2-1 if the badge reader is down again", "4-4-2-1"],
    ["supply closet = 2580# for the travelers", "2580#"],
  ])("flags %j", (text, digits) => {
    expect(flaggedWords(RULE, text)).toEqual([digits]);
  });

  it.each(["The staff lounge is 2400 square feet of pure joy", "The door is 10 minutes from parking"])(
    "leaves %j alone",
    (text) => {
      expect(flaggedWords(RULE, text)).toEqual([]);
    },
  );
});

describe(`${RULE}: a way in named a few words before its code, and broken locks`, () => {
  it.each([
    ["heads up, the ambulance bay door off the east lot is 7714# as of today", "7714#"],
    ["the gate by the helipad is now 3391", "3391"],
    ["the on-call room on 6 north is 88213", "88213"],
    [
      "card reader on the pharmacy door is busted again, anyone can stroll right in",
      "card reader on the pharmacy door is busted",
    ],
    [
      "the back door to the ED keeps getting propped open, literally anyone can walk in off the street",
      "door to the ED keeps getting propped open",
    ],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "the front entrance of the new tower is 1500 ft from the parking garage",
    "the side door was broken so we used the main entrance like everyone else",
    "our door is 2 years old and still squeaks",
    "anyone can walk in to our flu clinic, no appointment needed",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: spelled-out codes, key safes and overrides, never extensions`, () => {
  it.each([
    ["the drug cupboard keypad is 4-7-1-2 if anyone's looking", "4-7-1-2"],
    ["omnicell override on 4 West is still 55123, don't ask me", "55123"],
    ["key safe by the back entrance: code 3-3-0-9", "3-3-0-9"],
  ])("flags %j", (text, code) => {
    expect(flaggedWords(RULE, text)).toEqual([code]);
  });

  it("leaves an extension after a keypad alone", () => {
    const text = "Please report a broken keypad on the 3rd floor door to facilities at ext 4411";
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a code given away without its digits`, () => {
  it.each([
    "the supply closet code is written on a post-it on the keypad. again.",
    "pro tip the stairwell door code is the same as the old one",
    "new med room lock and the code is just the last four of the unit extension 🙃",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each([
    "The dress code is on the wall in the staff lounge, please read it.",
    "Your discount code is on the card at the front desk door.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
