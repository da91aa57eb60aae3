import { describe, expect, it } from "vitest";
import { findSpelledNumbers } from "../../../src/core/text/spelled-digits";

const spelled = (text: string) =>
  findSpelledNumbers(text).map((run) => ({ text: text.slice(run.start, run.end), digits: run.digits }));

describe("numbers written as words", () => {
  it.each([
    [
      "call at three one two, five five five, oh one eight eight",
      "three one two, five five five, oh one eight eight",
      "3125550188",
    ],
    ["zip is two one two oh one", "two one two oh one", "21201"],
    ["yelled R-seven-seven-oh-four-one-two at us", "R-seven-seven-oh-four-one-two", "770412"],
    ["it's six 1 two four four", "six 1 two four four", "61244"],
  ])("reads %j", (text, value, digits) => {
    expect(spelled(text)).toEqual([{ text: value, digits }]);
  });

  it.each([
    "one of my patients, two of her kids",
    "a 1 2 3 4 5 drill",
    "oh no, one more thing",
    "four or five times a night",
  ])("finds no number in %j", (text) => {
    expect(spelled(text)).toEqual([]);
  });
});
