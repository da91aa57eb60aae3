import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "phi/age-over-89";
const flagged = (text: string) =>
  check(text)
    .findings.filter((finding) => finding.rule === RULE)
    .map((finding) => text.slice(finding.start, finding.end));

describe(RULE, () => {
  it.each([
    ["Prayers for my patient Mr. Leonard Fisk, 92, who fell at home", "92"],
    ["Happy 99th birthday to our patient Ethel!", "99"],
    ["my 97 y/o pt beat me at checkers again", "97"],
    ["Had a 94-year-old come in with a hip fracture", "94"],
    ["Our patient Walter, who is 98, finished radiation", "98"],
    ["pt swears she was born in 1928, so yes she's turning 96! 🎂", "96"],
    ["the gentleman in bed 3 is 101 and still flirting with every nurse", "101"],
    ["Señora Vega says our hospital coffee is terrible and she's 92, so she would know", "92"],
  ])("flags the age in %j", (text, age) => {
    expect(flagged(text).join(" ")).toContain(age);
  });

  it.each([
    "Our founder Dr. Miriam Cole passed away peacefully at 94.",
    "Happy 95th birthday to my grandma Rose!",
    "Our 87 y/o patient walked out on her own today",
    "We saw 92 patients in the ED yesterday",
    "pt is 98.6 now, fever broke",
    "sats 92! and a happy birthday to our tech",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("suggests an age band instead", () => {
    const finding = check("my 97 y/o pt won again").findings.find((candidate) => candidate.rule === RULE);
    expect(finding?.suggestion).toBe("an older adult");
  });
});

describe(`${RULE}: ages in words and birthdays of the people in care`, () => {
  it.each([
    "She's ninety-six and still does her own exercises on the ward",
    "Happy 101st birthday to our oldest cardiac rehab member!",
    "Ninety-eight and just beat me at cards during her wound check. Legend.",
  ])("flags %j", (text) => {
    expect(flagged(text)).not.toEqual([]);
  });

  it("leaves a count in words alone", () => {
    expect(flagged("Ninety-two charts to sign tonight, send coffee")).toEqual([]);
  });
});

describe(`${RULE}: the ages of our own volunteers and staff, and an aside in brackets`, () => {
  it.each([
    "Say hello to Edna, our 91-year-old greeter who has knitted hats for the nursery since 1990!",
    "Congratulations to our 93 year old auxiliary member on her 40th year of volunteering",
    "Walter, 90, our longest-serving volunteer, retires from the gift shop this Friday",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ["the sweet granny (96!) in 12B asked for a second pudding again", "96"],
    ["a 92 yo retired nurse came in with chest pain tonight", "92"],
  ])("flags %j", (text, age) => {
    expect(flagged(text)).toContain(age);
  });
});

describe(`${RULE}: a titled full name, then the age`, () => {
  it("flags the age after a title and a two-part name", () => {
    expect(flagged("Mrs. Carmen Ortega-Vidal is 94 and walked to the window after her hip surgery")).toContain("94");
  });
});
