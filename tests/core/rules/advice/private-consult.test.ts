import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "advice/private-consult";

describe(RULE, () => {
  it.each([
    ["DM me your symptoms and I'll tell you if you need the ER.", "DM me your symptoms"],
    ["I can call in amoxicillin for you, DM me your pharmacy", "I can call in"],
    ["Send me a pic of the rash", "Send me a pic"],
    ["Happy to give you a quick virtual consult, message me.", "Happy to give you a quick virtual consult"],
    ["I can send a prescription to your pharmacy tonight", "I can send a prescription"],
    ["Message me privately about your chest pain.", "Message me"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text, { surface: "comment" })).toEqual([words]);
  });

  it.each([
    "DM me if you want info about our nursing residency program!",
    "Feel free to message me your questions about CRNA school.",
    "Send your photos to our pumpkin contest by Friday!",
    "I can't give medical advice online, but please call your own doctor.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text, { surface: "comment" })).toEqual([]);
  });
});

describe(`${RULE}: texting spellings and "call something in"`, () => {
  it.each([
    ["@jay_b send me ur pharmacy info and I'll phone something in for that cough", "send me ur pharmacy"],
    ["@lina I'll call something in for the sinus infection, feel better", "I'll call something in"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text, { surface: "reply" })).toContain(words);
  });
});

describe("advice/private-consult: other ways to move it to DMs", () => {
  it.each([
    "Drop me a DM and I'll tell you what to take for the pain.",
    "shoot me a message with your symptoms and we'll sort it",
  ])("flags %j", (text) => {
    expect(findingsOf("advice/private-consult", text, { surface: "comment" })).toHaveLength(1);
  });

  it("leaves a DM about a shift swap alone", () => {
    expect(
      findingsOf("advice/private-consult", "drop me a DM if you can swap Saturday nights", { surface: "post" }),
    ).toEqual([]);
  });
});
