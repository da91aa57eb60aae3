import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contextOf, parseCorpus } from "../../../src/cli/corpus";
import { check } from "../../../src/core/check";
import { leadingWords } from "../../../src/core/lexicons/leading-words";
import { findAll, scanEveryPosition } from "../../../src/core/lexicons/text-search";

const words = (regex: RegExp) => {
  const found = leadingWords(regex.source);
  return found ? [...found].sort() : undefined;
};

describe("leadingWords", () => {
  it("reads the words an alternation behind a word boundary starts with", () => {
    expect(words(/\b(?:sick|tired|done) (?:of|with) these\b/gi)).toEqual(["done", "sick", "tired"]);
    expect(words(/\bI can (?:send|call)\b|\bhappy to help\b/gi)).toEqual(["happy", "i"]);
    expect(words(/(?<![\w'])(?:gomer|frequent flyer)(?![\w])/gi)).toEqual(["frequent", "gomer"]);
    expect(words(/(?<!\b(?:said|say) )\b(?:sure|ok), (jan|lady)\b/gi)).toEqual(["ok", "sure"]);
    expect(words(/\b(?:(?:double|triple) board|board) certified\b/gi)).toEqual(["board", "double", "triple"]);
    expect(words(/\b(?:don't|do not) (?:tell)\b/gi)).toEqual(["do", "don"]);
    // An optional group: its words, or the words after it.
    expect(words(/\b(?:as good as|(?:just )?as effective as)\b/gi)).toEqual(["as", "just"]);
    expect(words(/\b(?:(?:double|dual)[\s-])?board[\s-]certified\b/gi)).toEqual(["board", "double", "dual"]);
    // A word that goes on in a group ("made", "makes"), optional separators, a word then a group.
    expect(words(/\bma(?:de|kes) (?:nurses) cry\b/gi)).toEqual(["made", "makes"]);
    expect(words(/\b(?:sure|ok),? jan\b/gi)).toEqual(["ok", "sure"]);
    expect(words(/(?<![\w'])(?:frequent[\s-]?flyer)(?![\w])/gi)).toEqual(["frequent", "frequentflyer"]);
    expect(words(/\bI(?: can|'ll) (?:send|call)\b/gi)).toEqual(["i"]);
    expect(words(/\b(?:dm|pm)(?: me)?\b/gi)).toEqual(["dm", "pm"]);
    expect(words(/\bdetox(?:es|ify)?\s+your\b/gi)).toEqual(["detox", "detoxes", "detoxify"]);
  });

  it("gives up when a match could start anywhere else", () => {
    // No boundary before the word: "...xsick" would match mid-word.
    expect(words(/(?:sick|tired) of/gi)).toBeUndefined();
    // An optional group, a class or a digit first.
    expect(words(/\b(?:very )*bad\b/gi)).toBeUndefined();
    expect(words(/\b[A-Z][a-z]+ from IT\b/g)).toBeUndefined();
    expect(words(/\b\d{3} lb\b/gi)).toBeUndefined();
    // One top-level branch that cannot be read spoils the lot.
    expect(words(/\bsick of\b|😂/giu)).toBeUndefined();
    // The word may end the match and go on in the text ("pain" in "painful").
    expect(words(/\b(?:pain|ache)/gi)).toBeUndefined();
    expect(words(/\bpains?\b/gi)).toBeUndefined();
  });
});

describe("searching only where a leading word is", () => {
  afterEach(() => scanEveryPosition(false));

  it("finds what a scan of every position finds", () => {
    const regex = /\b(?:sick|tired) of (?:these|those) (?:people|patients)\b/gi;
    const text = "So SICK of these patients. homesick of those people? tired of those people!";
    const gated = findAll(regex, text).map((match) => [match.index, match[0]]);
    scanEveryPosition(true);
    expect(findAll(regex, text).map((match) => [match.index, match[0]])).toEqual(gated);
    expect(gated).toEqual([
      [3, "SICK of these patients"],
      [53, "tired of those people"],
    ]);
  });

  it("changes no verdict, finding or entity on any corpus", () => {
    const files = [
      "../shared/corpus/dev.jsonl",
      ...["tests/corpus", "tests/corpus/blind"].flatMap((dir) =>
        readdirSync(dir)
          .filter((file) => file.endsWith(".jsonl"))
          .map((file) => join(dir, file)),
      ),
    ];
    const posts = files.flatMap((file) => parseCorpus(readFileSync(file, "utf8"), file));
    expect(posts.length).toBeGreaterThan(1000);
    const gated = posts.map((post) => JSON.stringify(check(post.text, contextOf(post))));
    scanEveryPosition(true);
    const differ = posts.filter((post, index) => JSON.stringify(check(post.text, contextOf(post))) !== gated[index]);
    expect(differ.map((post) => post.id)).toEqual([]);
  }, 180_000);
});
