import { writeFileSync } from "node:fs";
import * as faker from "@faker-js/faker";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { mentionsHealth } from "../../../src/core/context/health-terms";
import * as data from "../../../src/core/context/name-lexicon-data";

/**
 * The name recognizer reads compromise's word lists, shipped as plain data in
 * src/core/context/name-lexicon-data.ts so the worker does not load compromise (about 2 s on a busy
 * machine) after every restart. compromise knows mostly English names; the given and family names of
 * @faker-js/faker's locales (Nigerian, Irish, Indian, Polish, Vietnamese, Spanish, Filipino English...)
 * are added as `worldFirstNames` and `worldLastNames`, less the words compromise knows as something
 * else ("Hope", "Church", "Paris"). This test proves the data still matches the installed packages; run
 * it with SAFE_HARBOR_WRITE_LEXICON=1 to regenerate the file after upgrading either.
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

/** One locale's person definitions: plain lists, or lists split by gender. */
type NameList = readonly string[] | { generic?: string[]; female?: string[]; male?: string[]; neutral?: string[] };

function namesIn(list: NameList | undefined): string[] {
  if (!list) return [];
  if (Array.isArray(list)) return [...list];
  const byGender = list as Exclude<NameList, readonly string[]>;
  return [
    ...(byGender.generic ?? []),
    ...(byGender.female ?? []),
    ...(byGender.male ?? []),
    ...(byGender.neutral ?? []),
  ];
}

/** Names in Latin script only: the recognizer's tokenizer reads Latin letters (with accents). */
const LATIN_NAME = /^[\p{Script=Latin}'-]{2,}$/u;

/**
 * Locales whose people post in or are cared for in English-speaking clinics: English of every country
 * (Nigeria, India, Ireland, Ghana, South Africa...), Yoruba, Spanish, Portuguese, French, Italian,
 * German, Dutch, Polish, Romanian, Vietnamese, Indonesian, Afrikaans, Zulu.
 */
const LOCALES =
  /^(?:en(?:_(?!BORK)\w+)?|yo_NG|es(?:_MX)?|pt_BR|pt_PT|fr(?:_\w+)?|it|de(?:_\w+)?|nl(?:_BE)?|pl|ro|vi|id_ID|af_ZA|zu_ZA)$/;

/** Clinical adjectives that are also given names somewhere ("Anal" in India): in a health post, the word. */
const CLINICAL_ADJECTIVES = new Set([
  "anal",
  "oral",
  "rectal",
  "renal",
  "penile",
  "vaginal",
  "nasal",
  "dental",
  "spinal",
  "viral",
  "vital",
  "fatal",
  "basal",
  "pelvic",
  "cardiac",
  "gastric",
]);

/** Day and month abbreviations that are also given names somewhere ("Thu" in Vietnam): "open Tue/Thu". */
const CALENDAR_ABBREVIATIONS = new Set(
  "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

interface LocaleDefinition {
  person?: Record<string, NameList>;
  location?: Record<string, NameList>;
}

function listsFromFaker(compromiseLists: Record<string, string[]>): Record<string, string[]> {
  const locales = Object.entries(faker)
    .filter(([name]) => LOCALES.test(name))
    .map(([, definition]) => definition as LocaleDefinition);
  // Words compromise knows, place names from any locale ("Austin", "Orlando", "Santa"), health words.
  const taken = new Set([...Object.values(compromiseLists).flat(), ...CLINICAL_ADJECTIVES, ...CALENDAR_ABBREVIATIONS]);
  for (const definition of Object.values(faker) as LocaleDefinition[]) {
    const location = definition?.location;
    if (!location || typeof location !== "object") continue;
    for (const key of ["city_name", "state", "county", "country"])
      for (const place of namesIn(location[key])) for (const word of place.toLowerCase().split(/\s+/)) taken.add(word);
  }
  const first = new Set<string>();
  const last = new Set<string>();
  const add = (to: Set<string>, names: string[]) => {
    for (const name of names)
      for (const word of name.toLowerCase().split(/\s+/))
        if (LATIN_NAME.test(word) && word.length > 2 && !taken.has(word) && !mentionsHealth(word)) to.add(word);
  };
  for (const definition of locales) {
    const person = definition.person;
    if (!person || typeof person !== "object") continue;
    add(first, [
      ...namesIn(person.first_name),
      ...namesIn(person.male_first_name),
      ...namesIn(person.female_first_name),
    ]);
    add(last, namesIn(person.last_name));
  }
  return { worldFirstNames: [...first], worldLastNames: [...last].filter((word) => !first.has(word)) };
}

function render(lists: Record<string, string[]>): string {
  const lines = [
    "// Generated from compromise's lexicon and @faker-js/faker's person names by",
    "// tests/core/context/name-lexicon-data.test.ts",
    "// (SAFE_HARBOR_WRITE_LEXICON=1 npx vitest run tests/core/context/name-lexicon-data.test.ts). Do not edit.",
  ];
  for (const [name, words] of Object.entries(lists)) {
    lines.push(`export const ${name} = ${JSON.stringify([...words].sort().join("\n"))};`);
  }
  return `${lines.join("\n")}\n`;
}

describe("name lexicon data", () => {
  it("matches the installed compromise lexicon and faker's names", () => {
    const fromCompromise = listsFromCompromise();
    const lists = { ...fromCompromise, ...listsFromFaker(fromCompromise) };
    if (process.env.SAFE_HARBOR_WRITE_LEXICON === "1") writeFileSync(DATA_FILE, render(lists));
    for (const [name, words] of Object.entries(lists)) {
      const shipped = (data as Record<string, string>)[name] ?? "";
      expect(shipped === [...words].sort().join("\n"), `${name}: regenerate with SAFE_HARBOR_WRITE_LEXICON=1`).toBe(
        true,
      );
    }
  });
});
