import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAndScore, describeMisses, parseCorpus } from "../../src/cli/corpus";

/**
 * Blind batches (tests/corpus/blind/): posts written by someone who had read only the labelling policy,
 * never the rules, and scored before any rule was tuned on them. They estimate how the engine does on
 * posts it has never seen, which the quality bar on our own corpora cannot. Some were tuned on
 * afterwards, some never; `floors.json` records which, and the scores measured when they were added.
 * A score may rise; falling below its floor is a regression in how the rules generalise.
 */
const DIR = "tests/corpus/blind";

interface Floor {
  tunedOn: boolean;
  highRecall: number;
  mediumRecall: number;
  falseAlarms: number;
  entityRecall: number;
}

const floors = JSON.parse(readFileSync(join(DIR, "floors.json"), "utf8")) as Record<string, Floor>;
const files = readdirSync(DIR).filter((file) => file.endsWith(".jsonl"));

it("every blind batch has a floor, and every floor a batch", () => {
  expect(Object.keys(floors).sort()).toEqual([...files].sort());
});

describe.each(files)("blind batch %s", (file) => {
  const posts = parseCorpus(readFileSync(join(DIR, file), "utf8"), file);
  const scores = checkAndScore(posts);
  const floor = floors[file] as Floor;

  it("keeps high recall, medium recall and entity recall at or above their floors", () => {
    expect(
      {
        high: scores.highRecall.rate >= floor.highRecall,
        medium: scores.mediumRecall.rate >= floor.mediumRecall,
        entity: scores.entityRecall.rate >= floor.entityRecall,
      },
      describeMisses(scores),
    ).toEqual({ high: true, medium: true, entity: true });
  });
  it("keeps false alarms at or below their ceiling", () => {
    expect(scores.falseAlarms.rate, describeMisses(scores)).toBeLessThanOrEqual(floor.falseAlarms);
  });
});
