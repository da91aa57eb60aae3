import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATEGORIES, ENTITY_TYPES, VERDICTS } from "../../src/core/types";

const CLI = "src/cli/bin.js";
const DEV = "../shared/corpus/dev.jsonl";

function run(args: string[], input?: string): string {
  return execFileSync("node", [CLI, ...args], { encoding: "utf8", input });
}

describe("safe-harbor check --jsonl (the built CLI)", () => {
  it("writes one valid line per input record, in order, with spans that index the text", () => {
    const records = readFileSync(DEV, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { id: string; text: string });
    const lines = run(["check", "--jsonl"], readFileSync(DEV, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(records.length);
    lines.forEach((line, index) => {
      const out = JSON.parse(line);
      const record = records[index] as { id: string; text: string };
      expect(Object.keys(out).sort()).toEqual(["entities", "findings", "id", "verdict"]);
      expect(out.id).toBe(record.id);
      expect(VERDICTS).toContain(out.verdict);
      for (const entity of out.entities) {
        expect(ENTITY_TYPES).toContain(entity.type);
        expect(record.text.slice(entity.start, entity.end)).toBe(entity.text);
      }
      for (const finding of out.findings) {
        expect(CATEGORIES).toContain(finding.category);
        expect(["low", "medium", "high"]).toContain(finding.severity);
        expect(typeof finding.rule).toBe("string");
        expect(finding.message.length).toBeGreaterThan(10);
      }
    });
  });

  it("reports a malformed line, carries on with the next, and exits non-zero", () => {
    const input = '{"id":1,"text":"pt Amy Ortiz 312-555-0188"}\nnot json\n{"id":3,"text":"hello"}\n';
    const ran = spawnSync("node", [CLI, "check", "--jsonl"], { encoding: "utf8", input });
    expect(ran.status).toBe(1);
    const lines = ran.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([1, null, 3]);
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[0].verdict).toBe("high");
  });

  it("prints readable findings and JSON for a single post", () => {
    expect(run(["check", "pt Amy Ortiz called from 312-555-0188"])).toMatch(/^verdict: high/);
    const json = JSON.parse(run(["check", "--json", "pt Amy Ortiz called from 312-555-0188"]));
    expect(json.verdict).toBe("high");
  });

  it("prints the eval metrics for a labelled corpus", () => {
    const out = run(["eval", DEV]);
    for (const metric of ["high recall", "medium recall", "false alarms on clean posts", "entity recall"]) {
      expect(out).toMatch(new RegExp(`^${metric}: [01]\\.\\d{3} \\(\\d+/\\d+\\)$`, "m"));
    }
  });
});
