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
