import { describe, expect, it } from "vitest";
import { flaggedWords } from "../../lexicons/conduct-test-kit";

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
