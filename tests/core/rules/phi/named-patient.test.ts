import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "phi/named-patient";
const flagged = (text: string) =>
  check(text)
    .findings.filter((finding) => finding.rule === RULE)
    .map((finding) => ({
      text: text.slice(finding.start, finding.end),
      severity: finding.severity,
      category: finding.category,
    }));

describe(RULE, () => {
  it.each([
    ["pt Amy Ortiz keeps asking for her daughter", "Amy Ortiz"],
    ["Just admitted Mrs. Alvarez to 4 West with a hip fracture", "Mrs. Alvarez"],
    ["Gomez, Maria is back on the unit with pancreatitis", "Gomez, Maria"],
    ["The Nguyens brought donuts after their son's appendectomy", "Nguyens"],
    ["My patient Carlos finished chemo today!", "Carlos"],
    ["lol my pt priya just told me she hates the oatmeal", "priya"],
    ["J.S. in room 4 keeps pulling at his IV", "J.S."],
    ['Pt Robert "Bobby" Tran in 517 refused his meds', 'Robert "Bobby" Tran'],
    ["Pt's wife Carol keeps bringing the unit cookies", "Carol"],
    ["Baby boy Castillo born at 3:12am, mom did amazing", "Castillo"],
    ["Sending love to Ava and her family. NICU nurses, take care of yourselves tonight.", "Ava"],
  ])("flags the patient's name in %j", (text, name) => {
    const found = flagged(text);
    expect(found.map((finding) => finding.text)).toContain(name);
    expect(found[0]?.severity).toBe("high");
  });

  it.each([
    "Welcome Dr. Raman to our cardiology team!",
    "Congratulations to Charge Nurse Tasha Williams on her DAISY award",
    "Huge thanks to Marcus, our night shift tech, for staying late",
    "Happy anniversary to my wife Sarah!",
    "Will someone please restock the gloves in the supply room",
    "Dr. Harris is presenting our sepsis data at Grand Rounds",
    "Mark your calendars: Nurses Week starts May 6",
    "The ED at St. Mary's is on diversion tonight",
    "Skip the ER for minor cuts: our urgent care is open until 10pm.",
    "Celine Dion opening up about stiff person syndrome is raising awareness of a rare disease.",
    "Welcome to the world, baby Noah! Congrats to our own NICU nurse Kayla and her husband Ben on their new son",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("turns a consented, named patient into a medium consent finding with no rewrite", () => {
    const [finding] = flagged("Shared with her permission: our patient Maria Lopez beat stage 4 cancer!");
    expect(finding).toEqual({ text: "Maria Lopez", severity: "medium", category: "consent" });
  });

  it("suggests a replacement for exactly the name", () => {
    const text = "pt Amy Ortiz is asking for you";
    const finding = check(text).findings.find((candidate) => candidate.rule === RULE);
    const fixed = `${text.slice(0, finding?.start)}${finding?.suggestion}${text.slice(finding?.end)}`;
    expect(fixed).toBe("pt a patient is asking for you");
  });

  it("never flags the organization's own names from policy", () => {
    const text = "Our patient Riverside Clinic Foundation volunteers visited today";
    const org = { names: ["Riverside Clinic Foundation"] };
    expect(check(text, { org }).findings.filter((finding) => finding.rule === RULE)).toEqual([]);
  });
});
