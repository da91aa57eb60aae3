import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/core/rules/registry";
import { CATEGORIES } from "../../../src/core/types";

const RULES_DIR = "src/core/rules";
const ruleFiles = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((family) =>
    readdirSync(join(RULES_DIR, family.name))
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("_"))
      .map((file) => `${family.name}/${file.replace(/\.ts$/, "")}`),
  );
const docs = readFileSync("docs/rules.md", "utf8");

describe("rule registry (one rule, one file, registered, documented, tested)", () => {
  it("finds rule files", () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it.each(ruleFiles)("%s is registered under its file's id, documented and tested", (id) => {
    const rule = RULES.find((candidate) => candidate.id === id);
    expect(rule, `${id} is not in src/core/rules/registry.ts`).toBeDefined();
    expect(CATEGORIES).toContain(rule?.category);
    expect(docs, `docs/rules.md does not mention \`${id}\``).toContain(`\`${id}\``);
    expect(existsSync(`tests/core/rules/${id}.test.ts`), `tests/core/rules/${id}.test.ts is missing`).toBe(true);
  });

  it("has no registered rule without a file of its own, and no duplicate ids", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ruleFiles).toContain(id);
  });
});
