import { writeFileSync } from "node:fs";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import * as data from "../../../src/core/context/name-lexicon-data";

/**
 * The name recognizer reads compromise's word lists, shipped as plain data in
 * src/core/context/name-lexicon-data.ts so the worker does not load compromise (about 2 s on a busy
 * machine) after every restart. This test proves the data still matches the installed compromise; run it
 * with SAFE_HARBOR_WRITE_LEXICON=1 to regenerate the file after upgrading compromise.
 */
const DATA_FILE = new URL("../../../src/core/context/name-lexicon-data.ts", import.meta.url);
const FIRST_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);

function listsFromCompromise(): Record<string, string[]> {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const lists: Record<string, string[]> = { firstNames: [], lastNames: [], cities: [], regions: [], knownWords: [] };
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((tag) => FIRST_NAME_TAGS.has(tag))) lists.firstNames?.push(word);
    else if (list.includes("LastName")) lists.lastNames?.push(word);
    else if (list.includes("City")) lists.cities?.push(word);
    else if (list.includes("Region") || list.includes("Country")) lists.regions?.push(word);
    else if (!list.includes("Person")) lists.knownWords?.push(word);
  }
  return lists;
}

function render(lists: Record<string, string[]>): string {
  const lines = [
    "// Generated from compromise's lexicon by tests/core/context/name-lexicon-data.test.ts",
    "// (SAFE_HARBOR_WRITE_LEXICON=1 npx vitest run tests/core/context/name-lexicon-data.test.ts). Do not edit.",
  ];
  for (const [name, words] of Object.entries(lists)) {
    lines.push(`export const ${name} = ${JSON.stringify([...words].sort().join("\n"))};`);
  }
  return `${lines.join("\n")}\n`;
}

describe("name lexicon data", () => {
  it("matches the installed compromise lexicon", () => {
    const lists = listsFromCompromise();
    if (process.env.SAFE_HARBOR_WRITE_LEXICON === "1") writeFileSync(DATA_FILE, render(lists));
    for (const [name, words] of Object.entries(lists)) {
      const shipped = (data as Record<string, string>)[name] ?? "";
      expect(shipped === [...words].sort().join("\n"), `${name}: regenerate with SAFE_HARBOR_WRITE_LEXICON=1`).toBe(
        true,
      );
    }
  });
});
