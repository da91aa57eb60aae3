import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "phi/patient-date";
const flagged = (text: string) =>
  check(text)
    .findings.filter((finding) => finding.rule === RULE)
    .map((finding) => text.slice(finding.start, finding.end));

describe(RULE, () => {
  it.each([
    ["Pt DOB 11/02/1948 in the lobby says she's been waiting 3 hours", "11/02/1948"],
    ["admitted 10/14 with DKA, discharged 10/19, back today", "10/14"],
    ["Our patient who had her hip replaced on March 3rd is walking!", "March 3rd"],
    ["pt s/p lap chole 11/3, now with a bile leak", "11/3"],
    ["my pt who had her transplant in october just ran a 5k", "october"],
    ["my sweet mr. ellis passed 9/14 holding his wife's hand", "9/14"],
    ["pt's DOB is 3 jan 1944 and she wants everyone to know it", "3 jan 1944"],
    ["she's been on our unit since the 2nd, still no placement", "the 2nd"],
  ])("flags the date in %j", (text, date) => {
    expect(flagged(text)).toContain(date);
  });

  it.each([
    "We are closed Monday, September 1 for Labor Day.",
    "Our new pediatric wing opens June 3rd!",
    "My dad passed away on May 3rd after a long fight with ALS.",
    "Our hospital reduced central line infections by 45% in 2025.",
    "Pain 10/10 while eating chips, sure",
    "We admitted 214 patients in October, a record for our unit",
    "In memory of Dr. Lena Ortiz, our founder, who passed away on March 2. She taught us all.",
    "had my gallbladder out on june 3rd, the nurse becomes the patient lol",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("suggests a vaguer time", () => {
    const finding = check("Pt DOB 11/02/1948 is in the lobby").findings.find((candidate) => candidate.rule === RULE);
    expect(finding?.suggestion).toBe("recently");
    expect(finding?.message).toMatch(/date of birth/);
  });
});

describe(`${RULE}: a colleague named again by first name`, () => {
  it("leaves a tribute to a founding doctor alone", () => {
    expect(
      flagged(
        "We share the passing of Dr. Helen Marsh, who founded our clinic. Helen died peacefully at home on 4 June, surrounded by family.",
      ),
    ).toEqual([]);
  });
});

describe(`${RULE}: the day someone got a new organ or joint`, () => {
  it("flags the date of a transplant told as someone's new organ", () => {
    expect(flagged("Two years ago today she got her new kidney, 14/03/2022, and look at her now")).toContain(
      "14/03/2022",
    );
  });

  it("leaves the poster's own family news alone", () => {
    expect(flagged("my dad got his new knee on 03/04/2024 and is already golfing")).toEqual([]);
  });
});
