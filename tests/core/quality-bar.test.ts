import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAndScore, describeMisses, parseCorpus } from "../../src/cli/corpus";

/**
 * The quality bar from the PHI and conduct issues, measured the way `safe-harbor eval` measures it,
 * on the shared development corpus and on each of our own corpora in tests/corpus/.
 */
const corpora = [
  "../shared/corpus/dev.jsonl",
  ...readdirSync("tests/corpus")
    .filter((file) => file.endsWith(".jsonl"))
    .map((file) => join("tests/corpus", file)),
];

describe.each(corpora)("quality bar on %s", (file) => {
  const posts = parseCorpus(readFileSync(file, "utf8"), file);
  const scores = checkAndScore(posts);

  it("stops high-risk posts (high recall >= 0.98)", () => {
    expect(scores.highRecall.rate, describeMisses(scores)).toBeGreaterThanOrEqual(0.98);
  });
  it("warns on medium-risk posts (medium recall >= 0.90)", () => {
    expect(scores.mediumRecall.rate, describeMisses(scores)).toBeGreaterThanOrEqual(0.9);
  });
  it("leaves clean posts alone (false alarms <= 3%)", () => {
    expect(scores.falseAlarms.rate, describeMisses(scores)).toBeLessThanOrEqual(0.03);
  });
  it("finds the identifiers (entity recall >= 0.95)", () => {
    expect(scores.entityRecall.rate, describeMisses(scores)).toBeGreaterThanOrEqual(0.95);
  });
});
