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

/** The text of every candidate of one type the recognizers find in `text`. */
function valuesOfType(text: string, type: string): string[] {
  return findCandidates(text, {})
    .filter((candidate) => candidate.type === type)
    .map((candidate) => text.slice(candidate.start, candidate.end));
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
      [
        "text his son at four one five, five five five, oh two two eight tonight",
        "four one five, five five five, oh two two eight",
      ],
      ["her number is eight oh one two two three nine", "eight oh one two two three nine"],
      ["left on the napkin: 07911 123456, no label at all", "07911 123456"],
    ],
    negatives: [
      "BP 130/80 at 10:30",
      "we saw 3125550188 hits",
      "order 1234567890123",
      "ISBN 978-3-16-148410-0",
      "1 2 3 4 5 6 7 8 9 10 steps",
      "one two three four five six seven, count with me",
      "call me when two or three of you are free",
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
      ["wrote 287.41.0936 on her hand, is that her SSN??", "287.41.0936"],
      ["his SS# is on the cover sheet again: 403 27 1186", "403 27 1186"],
    ],
    negatives: [
      "000-12-3456",
      "666-12-3456",
      "987-65-4321",
      "123-45-0000",
      "room 123 45 6789 reasons",
      "version 287.41.0936 shipped",
    ],
  },
  {
    type: "mrn",
    positives: [
      ["mrn# 00938271 has two charts", "00938271"],
      ["medical record number A00773215 locked", "A00773215"],
      ["chart # 2209184 wrong", "2209184"],
      ["her MRN ending in 30417 is the one to use", "30417"],
      ["the chart # ends 5520, merge it pls", "5520"],
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
      ["member ID rb 441 208 97 off the card", "rb 441 208 97"],
      ["the member ID on his new card is QHP77120554", "QHP77120554"],
      ["member number for the foster kid is AB 5521 0937", "AB 5521 0937"],
    ],
    negatives: ["Medicaid expansion passed in 2014", "member of the team", "insurance is a maze"],
  },
  {
    type: "account",
    positives: [
      ["acct #88120034? double charged", "88120034"],
      ["invoice #7781203 wrong", "7781203"],
      ["card 4012 8888 8888 1881", "4012 8888 8888 1881"],
      ["the account # on the statement was 4 4 1 0 2 9 3 7", "4 4 1 0 2 9 3 7"],
      ["billing # 220918337 got charged twice", "220918337"],
    ],
    negatives: ["account for 20% of visits", "4012 8888 8888 1882", "claim 12"],
  },
  {
    type: "license",
    positives: [
      ["driver's license D4417730 left", "D4417730"],
      ["death certificate number 2024-118832 wrong", "2024-118832"],
      ["DEA number AB1234563", "AB1234563"],
      ["his hunting license? yep. #: TX-5501873", "TX-5501873"],
      ["read me her licence number: K-four-four-one-nine-oh-two", "K-four-four-one-nine-oh-two"],
    ],
    negatives: ["license plate 7KQR482", "licensed in 2019", "The DEA number is BG8207031"],
  },
  {
    type: "vehicle",
    positives: [
      ["license plate 7KQR482 parked", "7KQR482"],
      ["plate ABC-4821 in the bay", "ABC-4821"],
      ["VIN 1HGCM82633A004352 ok", "1HGCM82633A004352"],
      ["the plate reads 4TRK992 on the tow slip", "4TRK992"],
      ["the plate on the stabbing victim's car is 6WEX310", "6WEX310"],
    ],
    negatives: ["a plate of cookies", "tag your friends", "1HGCM82633A004353 alone"],
  },
  {
    type: "device",
    positives: [
      ["pacemaker serial PJN884201H recalled", "PJN884201H"],
      ["pump S/N 44810-22A alarming", "44810-22A"],
      ["MAC 00:1B:44:11:3A:B7 on wifi", "00:1B:44:11:3A:B7"],
      ["pump serial number ending 7Q-2291 alarmed again", "7Q-2291"],
      ["her medical alert bracelet ID 44102-B lists a latex allergy", "44102-B"],
    ],
    negatives: ["serial killer documentary", "the device works", "serial number pending"],
  },
  {
    type: "url",
    positives: [
      ["see gofundme.com/f/help-baby-eli-heal, so sad", "gofundme.com/f/help-baby-eli-heal"],
      ["blog https://www.kathysjourney.net/chemo-week-3.", "https://www.kathysjourney.net/chemo-week-3"],
      ["www.example.org", "www.example.org"],
      ["chart link http://172.16.4.9/emr/view?mrn=30017 is broken", "http://172.16.4.9/emr/view?mrn=30017"],
      ["open https://ehr.stlukes.internal/pt?id=8812, thx", "https://ehr.stlukes.internal/pt?id=8812"],
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
      ["born 14 aug 1938 per the facesheet", "14 aug 1938"],
      ["his surgery was the second of may", "the second of may"],
      ["here since the 3rd, still waiting on placement", "the 3rd"],
      ["she delivered in june, a preemie", "june"],
      ["passed 4/18 with family at bedside", "4/18"],
      ["on our unit since the 9th finally going home", "the 9th"],
    ],
    negatives: [
      "pain 10/10 while eating",
      "BP 130/80",
      "in 2025",
      "available 24/7",
      "13/45/2020",
      "you may 2x daily",
      "on the 3rd floor",
      "by the 2nd time she asked",
      "those 5 may be late",
    ],
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
      ["the lady in 4 is 97 and sharp as a tack", "97"],
      ["born in 1929, so do the math: 95! happy birthday", "95"],
    ],
    negatives: [
      "a 45 y/o",
      "92 patients seen",
      "94% compliance",
      "room 95",
      "I was diagnosed at 38",
      "ninety patients a day",
      "passed the exam at 9",
      "pt is 98.6 now",
      "sats 92! and a happy birthday to our tech",
    ],
  },
  {
    type: "address",
    positives: [
      ["address 77 Mass Ave, who delivers", "77 Mass Ave"],
      ["from 1420 Birchwood Dr, again", "1420 Birchwood Dr"],
      ["at 3 Harbor View Ln Apt 2, zip", "3 Harbor View Ln Apt 2"],
      ["dispatched to 418 willow cir for a fall", "418 willow cir"],
      ["she gave her address as 2207 county road 40", "2207 county road 40"],
      ["lives at 310 S 500 W with her son", "310 S 500 W"],
    ],
    negatives: [
      "4 pts on the way",
      "2 doors close",
      "5 k run today",
      "3 hours on the road",
      "sent to 2 head ct",
      "got 3 stat ct",
    ],
  },
  {
    type: "zip",
    positives: [
      ["zip is 02139 and", "02139"],
      ["Cambridge, MA 02139", "02139"],
      ["her zip code is eight five oh one two", "eight five oh one two"],
      ["second call in 48207 tonight", "48207"],
      ["she lives in 10027 with her sister", "10027"],
    ],
    negatives: ["we saw 02139 people", "12345 steps", "in 10000 steps I was done", "a call from 48207 people"],
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
      ["pileup on i-70 near the exit", "i-70"],
      ["she came off route 12 at speed", "route 12"],
      ["the bus crash on the M62 last night", "M62"],
      ["wreck on SR 37 by the grain bins", "SR 37"],
      ["a teen from madison high who crashed his bike", "madison high"],
      ["he lives off cutter creek rd past the church", "cutter creek rd"],
      ["the rollover on Eagle Pass highway", "Eagle Pass highway"],
      ["her brother goes to jefferson middle school", "jefferson middle school"],
      ["the feed mill in Grace had another injury", "Grace"],
      ["he runs the counter at Maple Street Bakery", "Maple Street Bakery"],
      ["volunteers at the Oakhurst Public Library", "Oakhurst Public Library"],
    ],
    negatives: [
      "a nurse who trained in the Philippines",
      "she grew up in Nigeria and moved to Texas",
      "admitted in March",
      "in Pediatrics today",
      "a card from Sarah",
      "I 2 hours late",
      "in Button mode",
      "fit-tested on the N95 today",
      "back to the elementary school",
      "her fever was sky high",
      "went from very high to low",
    ],
  },
  {
    type: "room",
    positives: [
      ["drug seeker in room 9", "room 9"],
      ["the pt in bay 4", "bay 4"],
      ["Pt Robert Tran in 517 keeps", "517"],
      ["pt in 8 gave me", "8"],
      ["rm 12B call light", "rm 12B"],
      ["kayden in 7C asked for more pudding", "7C"],
      ["her stay with us on 6 East", "6 East"],
      ["transferred up to 3 north overnight", "3 north"],
      ["Maria in 12 keeps calling me her angel", "12"],
    ],
    negatives: [
      "in 2024 we grew",
      "room for improvement",
      "bed 4 mg",
      "in 300 patients",
      "Meeting in 2B at noon",
      "Maria in 2019 was",
    ],
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
      ["ông Tran asked for his glasses again", "ông Tran"],
      ["Señora Delgado brought tamales for the unit", "Señora Delgado"],
      ["mrs. d'angelo refused her meds", "mrs. d'angelo"],
      ["kayden in 7C asked for more pudding", "kayden"],
      ["DW in 22 keeps pulling his leads", "DW"],
      ["lil marcus from 3 West is going home", "lil marcus"],
      ["Prayers for Tavion Greene, the 15 y/o hit on his bike", "Tavion Greene"],
      ["harold from 4 south keeps asking for his wife", "harold"],
      ["so proud to share Tevita's journey back to the soccer field", "Tevita"],
    ],
    negatives: [
      "Will you call me",
      "Mark your calendars",
      "Grace under pressure",
      "The Giants won",
      "The ED at St. Mary's",
      "Don your PPE before you go in",
      "founded in 1892 by nuns",
      "ICU in 4 is full",
      "a little bit tired",
      "the new grads in 6 North are great",
    ],
  },
];

describe("a link holds the numbers it carries", () => {
  it.each([
    "see http://10.14.2.33/ehr/patient?id=557201 for the note",
    "https://intranet.example.local/chart/view?page=00417729",
  ])("reports only the link in %j", (text) => {
    expect(findCandidates(text, {}).map((candidate) => candidate.type)).toEqual(["url"]);
  });

  it.each([
    ["https://intranet.example.local/chart/view?patientId=00417729", "00417729"],
    ["pull it up at http://emr.northside.lan/summary?foo=1&mrn=A7730291&tab=labs", "A7730291"],
  ])("reports the record number a link carries in %j", (text, value) => {
    expect(findCandidates(text, {}).map((candidate) => candidate.type)).toEqual(["url", "mrn"]);
    expect(valuesOfType(text, "mrn")).toEqual([value]);
  });
});

/**
 * Shapes and labels from outside the US, and places named the way people tell a story: each row is a
 * family of posts, not one sentence.
 */
describe("identifiers people type outside the US and places in stories", () => {
  it.each<[EntityType, string, string]>([
    ["phone", "ring his daughter on 07912 334 501 after rounds", "07912 334 501"],
    ["phone", "her landline is 0141 552 9087", "0141 552 9087"],
    ["phone", "family number 021 448 7710, Cork", "021 448 7710"],
    ["phone", "leave a message on 02 9188 4410", "02 9188 4410"],
    ["zip", "sent home to BT9 7AB by taxi", "BT9 7AB"],
    ["zip", "the district nurse is off to M14 5RJ next", "M14 5RJ"],
    ["zip", "he says his postcode is 2750 every time we ask", "2750"],
    ["zip", "my pt drives in from 59301 twice a week", "59301"],
    ["health-plan", "her OHIP # is 6621-554-201-QX", "6621-554-201-QX"],
    ["health-plan", "NHS number 601 339 2084 written on the pot", "601 339 2084"],
    ["health-plan", "his member ID is literally ZQR55120934 and still denied", "ZQR55120934"],
    ["mrn", "NHI KLM2210 came up twice in the system", "KLM2210"],
    ["vehicle", "blue Fiesta BD61 XKP blocking the ambulance entrance", "BD61 XKP"],
    ["device", "implant serial RTX 552019 A per the card", "RTX 552019 A"],
    ["address", "dressing change at 14 Beech Grove again", "14 Beech Grove"],
    ["address", "found wandering near the 900 block of Calder Ave", "900 block of Calder Ave"],
    ["location", "she takes the train to Wollongong for dialysis", "Wollongong"],
    ["location", "he drove out to Tuba City for the funeral", "Tuba City"],
    ["location", "a fall at the marina at Kinsale last night", "Kinsale"],
    ["location", "ran into him at the Tesco in Ballina", "Ballina"],
    ["location", "my nan was at St. Finbarr's for a week", "St. Finbarr's"],
    ["location", "the new hire at Okafor Haulage failed his screen", "Okafor Haulage"],
    ["person", "R.K. in bay 6 wants her tea", "R.K."],
    ["person", "A.D. in 11C is asking for you", "A.D."],
    ["person", "bà tran in 12 hums all night", "bà tran"],
    ["person", "Thanks so much for the kind review, Mireille!", "Mireille"],
    ["person", "Shared with Tavita's permission: her first walk after the amputation", "Tavita"],
    ["person", "#PrayersForKeanu, still in the PICU", "Keanu"],
    ["person", "wee Oisin from the burns unit", "wee Oisin"],
    ["person", "thanks to our porter Nguyen Van Long for the quick transfer", "Nguyen Van Long"],
    ["person", "pt Ana de la Cruz keeps asking for her glasses", "Ana de la Cruz"],
    ["age", "Mrs. Halloran, 96 years, still does the crossword in pen", "96"],
    ["age", "Lovely chat on rounds. 93 and still driving herself to bingo", "93"],
  ])("finds %s in %j", (type, text, value) => {
    expect(valuesOfType(text, type)).toContain(value);
  });

  it.each<[EntityType, string]>([
    ["phone", "dates 01-2024 and 03.2023 on the audit"],
    ["zip", "the ward has 2750 ml of saline left"],
    ["vehicle", "the ABCs of triage, then 22 more"],
    ["device", "his pacemaker in 2019 was the first one"],
    ["location", "going home to Mum after the shift"],
    ["location", "heading back to Work tomorrow"],
    ["location", "written consent from Declan on file"],
  ])("finds no %s in %j", (type, text) => {
    expect(valuesOfType(text, type)).toEqual([]);
  });
});

describe.each(TABLES)("$type recognizer", ({ type, positives, negatives }) => {
  it.each(positives)("finds %j", (text, value) => {
    expect(valuesOfType(text, type)).toContain(value);
  });

  it.each(negatives)("finds no %s in %j", (text) => {
    expect(valuesOfType(text, type)).toEqual([]);
  });
});

describe("labelled identifiers in the shapes people type", () => {
  it.each([
    ["license", "her driver's licence (K5521 8830 1127) was in the bag", "K5521 8830 1127"],
    ["license", "nursing licence LPN 5512093 found on the floor", "LPN 5512093"],
    ["license", "his CDL number is on the run sheet, M44102983", "M44102983"],
    ["vehicle", "rego ZTK-119 is parked across the ambulance bay", "ZTK-119"],
    ["vehicle", "reg BD51 SMR blocking the entrance again", "BD51 SMR"],
    ["vehicle", "the VIN ending 7C204411 belongs to the crash victim", "7C204411"],
    ["account", "my card: 1234 5678 8765 4321", "1234 5678 8765 4321"],
    ["account", "AMEX 1234-567890-12345", "1234-567890-12345"],
    ["account", "DINERS 12345678901234", "12345678901234"],
    ["account", "visa 4000 1234 5678 9011 declined twice", "4000 1234 5678 9011"],
    ["account", "patient account #B-778201-33 shows a credit", "B-778201-33"],
    ["health-plan", "Medicaid denied her again, ID QX77120B", "QX77120B"],
    ["health-plan", "found his Medicare card, card no. 3318 20574 2", "3318 20574 2"],
    ["device", "CGM transmitter ID 9K3L2P keeps dropping signal", "9K3L2P"],
    ["device", "rep needs the serial for her pump, it's 55T-90214-C", "55T-90214-C"],
    ["ssn", "don't share your social here (not even the last four, 3391)", "3391"],
    ["zip", "what's the zip on the referral, is it 44120?", "44120"],
    ["zip", "5 kids with the same rash, all from 30318", "30318"],
    ["age", "She's ninety-three and sharp as a tack", "ninety-three"],
    ["age", "Ninety-one and still driving himself to dialysis.", "Ninety-one"],
    ["room", "whoever is in bed four with the bagpipes, please stop", "bed four"],
    ["room", "mom in LDR 2 wants more ice chips", "LDR 2"],
    ["person", "I met a 20-year-old named Tavita on the burn unit", "Tavita"],
    ["person", "pt is Anh Nguyen, can you check her potassium", "Anh Nguyen"],
    ["person", "our girl Marisol rocked her new braces", "Marisol"],
    ["person", "Hello David Johnson, thanks for writing", "David Johnson"],
  ])("finds a %s in %j", (type, text, value) => {
    expect(valuesOfType(text, type)).toContain(value);
  });

  it.each([
    ["license", "license plate 8ABC123 is in the bay again"],
    ["account", "tracking number 1234 5678 8765 4321 for the shipment"],
    ["ssn", "the last four, 2023 included, were busy years"],
    ["age", "Ninety-two charts to sign tonight"],
    ["room", "room two of the hotel block is booked"],
    ["person", "Huge thanks to Gino's Pizza for feeding night shift"],
    ["person", "hiking in the Dandenongs this weekend"],
  ])("finds no %s in %j", (type, text) => {
    expect(valuesOfType(text, type)).toEqual([]);
  });
});

describe("labels a little further from their values", () => {
  it.each([
    ["zip", "need the zip for the cardiology referral, pt is Dana Ruiz, it's 30318 right?", "30318"],
    [
      "vehicle",
      "tow company needs the VIN for the pt's truck from the rollover last night: 1FTFW1ET5DFC10312",
      "1FTFW1ET5DFC10312",
    ],
  ])("finds a %s in %j", (type, text, value) => {
    expect(valuesOfType(text, type)).toContain(value);
  });
});

describe("shapes from other countries and a few more room and name cues", () => {
  it.each([
    [
      "address",
      "the crew went back to 18 Avenue des Érables, app 2 for the third time",
      "18 Avenue des Érables, app 2",
    ],
    ["address", "she lives at 7 Calle del Carmen with her son", "7 Calle del Carmen"],
    ["zip", "home visit in H2X 1Y4 this afternoon", "H2X 1Y4"],
    ["zip", "her postal code is V8W2Y2 on the referral", "V8W2Y2"],
    ["mrn", "please pray for patient UHID 20190077412 in the ICU", "20190077412"],
    ["mrn", "IP no. 4471290 needs O-negative urgently", "4471290"],
    ["room", "the resident in 214A fell again", "214A"],
    ["room", "pharmacy says the client in 12 needs a new MAR", "12"],
    ["person", "the McKennas in bay 2 brought pizza for everyone", "McKennas"],
    ["person", "the O'Briens are back for their third baby", "O'Briens"],
  ])("finds a %s in %j", (type, text, value) => {
    expect(valuesOfType(text, type)).toContain(value);
  });

  it.each([
    ["person", "the Omnicell ate my badge again, and the Pyxis too"],
    ["person", "the Lexus in the staff lot has its lights on"],
    ["person", "thank you Friends of the Library for the books!"],
    ["person", "Big thanks Hearts of Gold for the quilts"],
    ["person", "no patient info or faces in any of these pics"],
    ["zip", "her A1C was 7.2 and LDL 110"],
    ["address", "ranked 3 Via Rail as the worst commute"],
  ])("finds no %s in %j", (type, text) => {
    expect(valuesOfType(text, type)).toEqual([]);
  });
});
