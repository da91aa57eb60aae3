import { describe, expect, it } from "vitest";
import { readCues } from "../../../src/core/context/cues";

const sentenceCues = (text: string) => readCues(text).sentences[0];

describe("context cues", () => {
  it.each([
    ["patient", "pt in bed 4 keeps pulling his IV"],
    ["patient", "Just admitted a 67 y/o with chest pain"],
    ["patient", "the guy who crashed his bike is in our trauma bay"],
    ["health", "finished chemo for her lymphoma"],
    ["health", "scheduled for a tonsillectomy"],
    ["organizationVoice", "Call our office at 555-310-2200 with questions"],
    ["organizationVoice", "Walk-ins welcome 9-5"],
    ["ownNews", "My husband Dave had his knee replaced"],
    ["ownNews", "I broke my wrist skiing last week"],
    ["publicFigure", "a certain linebacker was here"],
    ["seenOrTreated", "was seen in our clinic today"],
  ] as const)("reads %s in %j", (cue, text) => {
    expect(sentenceCues(text)?.[cue]).toBe(true);
  });

  it.each([
    ["patient", "Our patient advocate can help with billing questions"],
    ["patient", "Thanks to our ER staff for a great year"],
    ["patient", "Now I'm the patient, humbling"],
    ["organizationVoice", "pt's daughter can be reached at 312-555-0188"],
    ["ownNews", "The Nguyens brought pho after grandpa's bypass"],
    ["publicFigure", "Congrats to our nurses on the award"],
  ] as const)("does not read %s in %j", (cue, text) => {
    expect(sentenceCues(text)?.[cue]).toBe(false);
  });

  it("reads consent, patient images and stories for the whole post", () => {
    expect(readCues("Shared with her permission, thank you Maria!").consentStated).toBe(true);
    expect(readCues("Check out this incredible CT from today!").patientImage).toBe(true);
    expect(readCues("One of our patients shared her story with us.").patientStory).toBe(true);
    expect(readCues("I have to say it's ok to rest").consentStated).toBe(false);
  });

  it("splits sentences without breaking on titles or decimals", () => {
    const cues = readCues("Dr. Lopez saw Mrs. Alvarez at 3.5 hours. She went home! Then lunch?");
    expect(cues.sentences.map((sentence) => sentence.text.trim())).toEqual([
      "Dr. Lopez saw Mrs. Alvarez at 3.5 hours.",
      "She went home!",
      "Then lunch?",
    ]);
    expect(cues.sentenceAt(20)?.text.trim()).toBe("Dr. Lopez saw Mrs. Alvarez at 3.5 hours.");
    expect(cues.sentenceAt(45)?.text.trim()).toBe("She went home!");
  });
});
