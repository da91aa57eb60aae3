import { describe, expect, it } from "vitest";
import { findCandidates } from "../../../src/core/recognizers";
import type { EntityType } from "../../../src/core/types";

/**
 * One table per identifier kind: text that must yield the identifier (the exact slice), and text
 * that must not yield that kind at all (the clinic's phone is still a phone, so its negatives are
 * shapes that are not phones; whether an identifier is a patient's is the rules' call).
 */
interface Table {
  type: EntityType;
  positives: Array<[text: string, value: string]>;
  negatives: string[];
}

const TABLES: Table[] = [
  {
    type: "phone",
    positives: [
      ["call 312-555-0188 tonight", "312-555-0188"],
      ["her cell (404) 555-0199", "(404) 555-0199"],
      ["+1 312 555 0188", "+1 312 555 0188"],
      ["fax 555.867.5309 please", "555.867.5309"],
      ["cell 3125550188", "3125550188"],
      ["number is 3 1 2 5 5 5 0 1 8 8", "3 1 2 5 5 5 0 1 8 8"],
      ["cell 7 7 3 . 5 5 5 . 0 1 6 4 ok", "7 7 3 . 5 5 5 . 0 1 6 4"],
    ],
    negatives: [
      "BP 130/80 at 10:30",
      "we saw 3125550188 hits",
      "order 1234567890123",
      "ISBN 978-3-16-148410-0",
      "1 2 3 4 5 6 7 8 9 10 steps",
    ],
  },
  {
    type: "email",
    positives: [
      ["email bjones77@gmail.com now", "bjones77@gmail.com"],
      ["write to first.last+tag@sub.example.co.uk.", "first.last+tag@sub.example.co.uk"],
    ],
    negatives: ["@handle came in", "a@b", "meet me @ 5", "user@localhost"],
  },
  {
    type: "ssn",
    positives: [
      ["SSN 123-45-6789 on the form", "123-45-6789"],
      ["ssn 078051120", "078051120"],
      ["SSN ending in 4421", "4421"],
      ["last 4 of her social is 7731", "7731"],
      ["ssn 5 3 1 - 2 2 - 8 7 4 0", "5 3 1 - 2 2 - 8 7 4 0"],
    ],
    negatives: ["000-12-3456", "666-12-3456", "987-65-4321", "123-45-0000", "room 123 45 6789 reasons"],
  },
  {
    type: "mrn",
    positives: [
      ["mrn# 00938271 has two charts", "00938271"],
      ["medical record number A00773215 locked", "A00773215"],
      ["chart # 2209184 wrong", "2209184"],
    ],
    negatives: ["chart 2024 goals", "set a record 1500 visits", "MRN pending"],
  },
  {
    type: "health-plan",
    positives: [
      ["Medicaid ID 9876543210A invalid", "9876543210A"],
      ["member ID XGH882910455 denied", "XGH882910455"],
      ["BCBS policy number W4491027 bounced", "W4491027"],
      ["Medicare number 1EG4-TE5-MK73", "1EG4-TE5-MK73"],
    ],
    negatives: ["Medicaid expansion passed in 2014", "member of the team", "insurance is a maze"],
  },
  {
    type: "account",
    positives: [
      ["acct #88120034? double charged", "88120034"],
      ["invoice #7781203 wrong", "7781203"],
      ["card 4012 8888 8888 1881", "4012 8888 8888 1881"],
    ],
    negatives: ["account for 20% of visits", "4012 8888 8888 1882", "claim 12"],
  },
  {
    type: "license",
    positives: [
      ["driver's license D4417730 left", "D4417730"],
      ["death certificate number 2024-118832 wrong", "2024-118832"],
      ["DEA number AB1234563", "AB1234563"],
    ],
    negatives: ["license plate 7KQR482", "licensed in 2019", "The DEA number is BG8207031"],
  },
  {
    type: "vehicle",
    positives: [
      ["license plate 7KQR482 parked", "7KQR482"],
      ["plate ABC-4821 in the bay", "ABC-4821"],
      ["VIN 1HGCM82633A004352 ok", "1HGCM82633A004352"],
    ],
    negatives: ["a plate of cookies", "tag your friends", "1HGCM82633A004353 alone"],
  },
  {
    type: "device",
    positives: [
      ["pacemaker serial PJN884201H recalled", "PJN884201H"],
      ["pump S/N 44810-22A alarming", "44810-22A"],
      ["MAC 00:1B:44:11:3A:B7 on wifi", "00:1B:44:11:3A:B7"],
    ],
    negatives: ["serial killer documentary", "the device works", "serial number pending"],
  },
  {
    type: "url",
    positives: [
      ["see gofundme.com/f/help-baby-eli-heal, so sad", "gofundme.com/f/help-baby-eli-heal"],
      ["blog https://www.kathysjourney.net/chemo-week-3.", "https://www.kathysjourney.net/chemo-week-3"],
      ["www.example.org", "www.example.org"],
    ],
    negatives: ["version 3.5.2 released", "Dr. Smith. Then", "pt.s went home", "e.g. fluids"],
  },
  {
    type: "ip",
    positives: [
      ["from 73.162.41.205 on wifi", "73.162.41.205"],
      ["v6 2001:db8::8a2e:370:7334 seen", "2001:db8::8a2e:370:7334"],
    ],
    negatives: ["version 1.2.3.4.5", "256.1.1.1", "at 10:30:45", "3.14 pie"],
  },
  {
    type: "date",
    positives: [
      ["DOB 11/02/1948 in the lobby", "11/02/1948"],
      ["admitted 10/14 with DKA", "10/14"],
      ["on March 3rd she walked", "March 3rd"],
      ["born 2 March 1987", "2 March 1987"],
      ["ISO 2024-03-02", "2024-03-02"],
    ],
    negatives: ["pain 10/10 while eating", "BP 130/80", "in 2025", "available 24/7", "13/45/2020", "you may 2x daily"],
  },
  {
    type: "age",
    positives: [
      ["Mr. Fisk, 92, who fell", "92"],
      ["Happy 99th birthday Ethel", "99th"],
      ["a 91 y/o with chest pain", "91"],
      ["a 94-year-old came in", "94"],
      ["she turned 100 today", "100"],
      ["ninety-four year old pt", "ninety-four"],
      ["her one hundredth birthday", "one hundred"],
      ["passed on our unit Nov 2 at 96.", "96"],
    ],
    negatives: [
      "a 45 y/o",
      "92 patients seen",
      "94% compliance",
      "room 95",
      "I was diagnosed at 38",
      "ninety patients a day",
      "passed the exam at 9",
    ],
  },
  {
    type: "address",
    positives: [
      ["address 77 Mass Ave, who delivers", "77 Mass Ave"],
      ["from 1420 Birchwood Dr, again", "1420 Birchwood Dr"],
      ["at 3 Harbor View Ln Apt 2, zip", "3 Harbor View Ln Apt 2"],
    ],
    negatives: ["4 pts on the way", "2 doors close", "5 k run today", "3 hours on the road"],
  },
  {
    type: "zip",
    positives: [
      ["zip is 02139 and", "02139"],
      ["Cambridge, MA 02139", "02139"],
    ],
    negatives: ["we saw 02139 people", "12345 steps"],
  },
  {
    type: "location",
    positives: [
      ["crashed on Route 9 this morning", "Route 9"],
      ["the family from Harlan County", "Harlan County"],
      ["kids from Lincoln Elementary", "Lincoln Elementary"],
      ["the pt from Millbrook, OH", "Millbrook"],
      ["lives in Chicago now", "Chicago"],
      ["a dog bite in Maplewood today", "Maplewood"],
      ["a rollover near Cedar Falls", "Cedar Falls"],
    ],
    negatives: ["admitted in March", "in Pediatrics today", "a card from Sarah", "I 2 hours late", "in Button mode"],
  },
  {
    type: "room",
    positives: [
      ["drug seeker in room 9", "room 9"],
      ["the pt in bay 4", "bay 4"],
      ["Pt Robert Tran in 517 keeps", "517"],
      ["pt in 8 gave me", "8"],
      ["rm 12B call light", "rm 12B"],
    ],
    negatives: ["in 2024 we grew", "room for improvement", "bed 4 mg", "in 300 patients"],
  },
  {
    type: "code",
    positives: [
      ["specimen #S24-88213 lost", "S24-88213"],
      ["wristband 300281177 won't scan", "300281177"],
    ],
    negatives: ["case closed", "in this case 2 pts", "specimen jar"],
  },
  {
    type: "person",
    positives: [
      ["Just admitted Mrs. Beatrice Holloway", "Mrs. Beatrice Holloway"],
      ["pt Amy Ortiz in 517", "Amy Ortiz"],
      ["Gomez, Maria was seen", "Gomez, Maria"],
      ["the Nguyens came in", "Nguyens"],
      ['Robert "Bobby" Tran pulled his IV', 'Robert "Bobby" Tran'],
      ["Hi Denise, we're sorry", "Denise"],
      ["my pt jose vega is off the vent", "jose vega"],
    ],
    negatives: [
      "Will you call me",
      "Mark your calendars",
      "Grace under pressure",
      "The Giants won",
      "The ED at St. Mary's",
    ],
  },
];

describe.each(TABLES)("$type recognizer", ({ type, positives, negatives }) => {
  it.each(positives)("finds %j", (text, value) => {
    const found = findCandidates(text, {}).filter((candidate) => candidate.type === type);
    expect(found.map((candidate) => text.slice(candidate.start, candidate.end))).toContain(value);
  });

  it.each(negatives)("finds no %s in %j", (text) => {
    const found = findCandidates(text, {}).filter((candidate) => candidate.type === type);
    expect(found.map((candidate) => text.slice(candidate.start, candidate.end))).toEqual([]);
  });
});
