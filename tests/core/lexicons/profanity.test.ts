import { describe, expect, it } from "vitest";
import { CLINICAL_WORDS, isProfaneWord, PROFANE_WORDS, unmask } from "../../../src/core/lexicons/profanity";

describe("profanity lexicon (cuss, sure ratings only)", () => {
  it("keeps every clinical and anatomical word out of the list", () => {
    const leaked = [...CLINICAL_WORDS].filter((word) => PROFANE_WORDS.has(word));
    expect(leaked).toEqual([]);
  });

  it.each([
    "vomit",
    "hiv",
    "rectum",
    "enema",
    "syphilis",
    "penis",
    "vagina",
    "anal",
    "breast",
    "sperm",
    "urine",
    "feces",
    "stool",
    "testes",
    "poop",
  ])("does not treat %s as profane", (word) => {
    expect(isProfaneWord(word)).toBe(false);
  });

  it.each([
    ["f***", "fuck"],
    ["f**k", "fuck"],
    ["sh*t", "shit"],
    ["b!tch", "bitch"],
    ["a$$", "ass"],
    ["sh1t", "shit"],
  ])("unmasks %s as %s", (masked, word) => {
    expect(unmask(masked)).toBe(word);
  });

  it.each(["b12", "a1c", "h1n1", "*sigh*", "covid19", "5th"])("does not unmask %s", (token) => {
    expect(unmask(token)).toBeUndefined();
  });

  it("reads stretched and inflected forms", () => {
    expect(isProfaneWord("fuuuuck")).toBe(true);
    expect(isProfaneWord("jackasses")).toBe(true);
    expect(isProfaneWord("classes")).toBe(false);
  });
});

describe("profanity lexicon: masked compounds and inflections", () => {
  it.each([
    ["sh!tshow", "shit"],
    ["clusterf*ck", "fuck"],
    ["d*mn", "damn"],
    ["h*ll", "hell"],
    ["dumba$$", "dumbass"],
  ])("unmasks %s (a masked half or a masked mild swear) as %s", (masked, word) => {
    expect(unmask(masked)).toBe(word);
  });

  it.each(["assess", "spices", "spiked", "shaving", "pudding", "cunning", "pricked", "niger"])(
    "does not read the everyday word %s as an inflected swear",
    (word) => {
      expect(isProfaneWord(word)).toBe(false);
    },
  );

  it("still reads real inflections", () => {
    expect(isProfaneWord("buggered")).toBe(true);
    expect(isProfaneWord("twats")).toBe(true);
    expect(isProfaneWord("pissing")).toBe(true);
  });
});
