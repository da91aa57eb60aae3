import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCandidates } from "../../src/core/recognizers";
import { normalize } from "../../src/core/text/normalize";
import type { EntityType } from "../../src/core/types";

/**
 * Presidio's own recognizer test cases (shared/external/presidio-recognizer-cases.jsonl), scored on the
 * kinds we cover. An identifier is not PHI on its own, so this scores recognizers, not verdicts: a
 * positive is found when a candidate of the mapped type overlaps Presidio's span; a negative must not
 * produce that type.
 */
const MAPPED: Record<string, EntityType> = {
  PHONE_NUMBER: "phone",
  EMAIL_ADDRESS: "email",
  IP_ADDRESS: "ip",
  URL: "url",
  US_SSN: "ssn",
  DATE_TIME: "date",
  US_DRIVER_LICENSE: "license",
  MEDICAL_LICENSE: "license",
  US_NPI: "license",
  US_MBI: "health-plan",
  MAC_ADDRESS: "device",
  CREDIT_CARD: "account",
  PERSON: "person",
};

/** Cases where we differ on purpose, and why. Matched by text. */
/** Presidio's negatives we flag on purpose. */
const DELIBERATE_NEGATIVES: Record<string, string> = {
  "my credit card number is 4012-8888-8888-1882":
    "a number labelled as a card, in card groupings, identifies the account even with a mistyped check digit",
  "my credit card number is 36168002586008": "same: labelled as a card, 14 digits unbroken (Diners)",
};

const DELIBERATE: Record<string, string> = {
  "Today is 05/21": "a bare n/n with no date word is as often a score or fraction (10/10 pain) as a date",
  "Today is 5/21": "same: n/n without a date word",
  "Today is,5/21,and it's sunny": "same: n/n without a date word",
  "192.168.1.1.1": "five dotted numbers are not an IP address (Presidio finds the first four)",
  "2001:db8::/9999": "a prefix length over 128 is not an IPv6 network",
  "My US number is (415) 555-0132, and my international one is415-555-0132":
    "a number glued to a word ('is415') is not split out; typed text has the space",
  "My US number is (415) 555-0132, and my international one is 91-415-555-0132":
    "'91-415-555-0132' with no '+' and no label is an ambiguous digit run",
  "1972": "Presidio's spaCy test labels a bare year as a person; a year is neither a name nor a HIPAA date",
  "I bought my car in 1972": "same: a year",
  "I bought my car in May": "a month name alone is not a person",
  H12234567: "an unlabelled letter + 8 digits matches too many codes; we need the word licence/DL",
  "123456789 1234567890 12345679012 123456790123 1234567901234 1234":
    "Presidio's weak driver-licence pattern (any 9-13 digits); we need a label",
  "1234567893": "an unlabelled 10-digit NPI is shaped like a phone number; we need the word NPI",
  "1245319599": "same: unlabelled NPI",
  "1003000126": "same: unlabelled NPI",
  "1234-567-893": "same: unlabelled NPI",
  "1234 567 893": "same: unlabelled NPI",
  "078-051121 07805-1121": "SSN-shaped only with odd dashes; we need 3-2-4 or an SSN label",
  "078051121": "a bare 9-digit run is an SSN to us only next to an SSN label",
  "078.05.1123": "dotted or spaced 3-2-4 counts only next to an SSN label",
  "078 05 1123": "same: spaced without a label",
  "abc 078 05 1123 abc": "same: spaced without a label",
};

interface Case {
  text: string;
  expected_len: number;
  spans: Array<[number, number, string]>;
  entity_types: string[];
}

const cases = readFileSync("../shared/external/presidio-recognizer-cases.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Case)
  .filter((row) => row.entity_types.some((type) => MAPPED[type] !== undefined));

function candidatesOf(text: string) {
  const normalized = normalize(text);
  return findCandidates(normalized.text, {}).map((candidate) => ({
    ...candidate,
    ...normalized.toOriginal(candidate),
  }));
}

describe("Presidio recognizer cases", () => {
  const positives = cases.filter((row) => row.expected_len > 0 && !(row.text in DELIBERATE));
  const negatives = cases.filter((row) => row.expected_len === 0 && !(row.text in DELIBERATE_NEGATIVES));

  it("finds at least 97% of the identifiers Presidio finds (kinds we cover, deliberate differences aside)", () => {
    let total = 0;
    const missed: string[] = [];
    for (const row of positives) {
      const found = candidatesOf(row.text);
      for (const [start, end, type] of row.spans) {
        const mapped = MAPPED[type];
        if (!mapped) continue;
        total++;
        if (!found.some((candidate) => candidate.type === mapped && candidate.start < end && candidate.end > start)) {
          missed.push(`${type}: ${row.text}`);
        }
      }
    }
    expect(total).toBeGreaterThan(150);
    expect((total - missed.length) / total, missed.join("\n")).toBeGreaterThanOrEqual(0.97);
  });

  it("produces none of the mapped types on Presidio's negatives", () => {
    const wrong = negatives.flatMap((row) => {
      const types = row.entity_types.map((type) => MAPPED[type]);
      return candidatesOf(row.text)
        .filter((candidate) => types.includes(candidate.type))
        .map((candidate) => `${candidate.type}: ${row.text}`);
    });
    expect(wrong).toEqual([]);
  });

  it("lists only deliberate differences that still exist in the file", () => {
    const texts = new Set(cases.map((row) => row.text));
    expect(Object.keys(DELIBERATE).filter((text) => !texts.has(text))).toEqual([]);
  });
});
