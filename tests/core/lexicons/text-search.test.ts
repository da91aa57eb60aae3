import { describe, expect, it } from "vitest";
import { findAll, isQuoted, phraseRegex, sentences } from "../../../src/core/lexicons/text-search";

describe("text search helpers", () => {
  it("splits sentences but not after a title", () => {
    const text = "Dr. Moore is late. St. Mary's is full! Why?";
    expect(sentences(text).map((span) => text.slice(span.start, span.end).trim())).toEqual([
      "Dr. Moore is late.",
      "St. Mary's is full!",
      "Why?",
    ]);
  });

  it("matches phrases as whole words, with a space also matching a hyphen", () => {
    const regex = phraseRegex(["drug seeker", "gomer"]);
    expect("a drug-seeker and a gomer".match(regex)).toEqual(["drug-seeker", "gomer"]);
    expect("gomers".match(regex)).toBeNull();
  });

  it("matches a phrase written as one hashtag word", () => {
    const regex = phraseRegex(["frequent flyer", "drug seeking behavior"]);
    const text = "#frequentflyer again, classic #DrugSeeking behavior";
    expect(findAll(regex, text).map((match) => match[0])).toEqual(["frequentflyer", "DrugSeeking behavior"]);
  });

  it("finds phrase-list matches only where a first word is, exactly as a full scan would", () => {
    const phrases = ["so gross", "gomer", "gomers", "drug seeker", "shouldn't be practicing", "o'clock rounds"];
    const regex = phraseRegex(phrases);
    const text =
      "Gomers! so-gross, a gomer's drug-seeker... she shouldn't be practicing; 6 o'clock rounds, xgomer, gomerx, drug seekers";
    const plain = new RegExp(regex.source, "gi");
    const expected = [...text.matchAll(plain)].map((match) => [match.index, match[0]]);
    expect(findAll(regex, text).map((match) => [match.index, match[0]])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(4);
  });

  it("knows a quoted word is mentioned, not used", () => {
    const text = 'stop saying "gomer" please';
    const start = text.indexOf("gomer");
    expect(isQuoted(text, { start, end: start + 5 })).toBe(true);
    expect(isQuoted("a gomer here", { start: 2, end: 7 })).toBe(false);
  });

  it("stays linear on long adversarial input", () => {
    const long = `${"a.".repeat(20000)}!`;
    const started = performance.now();
    sentences(long);
    "x ".repeat(20000).match(phraseRegex(["frequent flyer", "gomer"]));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
