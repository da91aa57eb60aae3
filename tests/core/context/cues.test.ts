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
    ["patient", "we keep getting sent to 14 oak ct for the same lift assist"],
    ["patient", "code 3 to a two-car wreck by the grain elevator"],
    ["patient", "lady i intubated last week sent the crew cookies"],
    ["patient", "both passengers were ejected, one flown out"],
    ["patient", "we delivered triplets in the ambulance bay"],
    ["patient", "bed 12's daughter asked for the doctor again"],
    ["patient", "our trach kiddo finally went home"],
    ["patient", "she sobbed in my chair when she saw her new smile"],
    ["patient", "she texted me after discharge to say thanks"],
    ["patient", "his CABG went fine and he's already walking"],
    ["patient", "can someone call the wife back when he's out of surgery"],
    ["patient", "third chest pain call from the same trailer park tonight"],
    ["patient", "we found him under the tractor, still talking"],
    ["patient", "she drove herself in with a broken ankle, respect"],
    ["patient", "her insulin pump keeps alarming at 3am"],
    ["ownNews", "had my tonsils out at 35, the nurse becomes the patient"],
    ["ownNews", "now the patient for once, send snacks"],
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
    ["patient", "the dentist becomes the patient today lol"],
    ["patient", "we got sent home early, slow night"],
    ["patient", "flu shots for staff in room 204 all week"],
    ["patient", "we found the best taco truck near the station"],
    ["patient", "Celine Dion opening up about her diagnosis is brave"],
    ["patient", "Dr. Ames finished her surgery residency this week"],
    ["ownNews", 'she said "post it, my grandkids will love it"'],
    ["organizationVoice", "Mr. Ruiz says our hospital food is the worst he's had"],
    ["organizationVoice", "he made me promise to visit his class"],
  ] as const)("does not read %s in %j", (cue, text) => {
    expect(sentenceCues(text)?.[cue]).toBe(false);
  });

  it("reads consent, patient images and stories for the whole post", () => {
    expect(readCues("Shared with her permission, thank you Maria!").consentStated).toBe(true);
    expect(readCues("Check out this incredible CT from today!").patientImage).toBe(true);
    expect(readCues("One of our patients shared her story with us.").patientStory).toBe(true);
    expect(readCues("I have to say it's ok to rest").consentStated).toBe(false);
    expect(readCues("All our families signed the media release, so here are the NICU grads").consentStated).toBe(true);
    expect(readCues("he said we could post his before and after").consentStated).toBe(true);
    expect(readCues('she laughed and said "share it, i look great"').consentStated).toBe(true);
    expect(readCues("I wanted everyone to see these flu numbers").consentStated).toBe(false);
    expect(readCues("Mele said we could post her graduation from cardiac rehab!").consentStated).toBe(true);
    expect(readCues("residents when the pager goes off #MedTwitter").patientImage).toBe(false);
  });

  it("reads someone's care as a patient's, but not in the poster's family news", () => {
    expect(readCues("her dialysis chair is by the window").patient).toBe(true);
    expect(readCues("My mom is a fighter. Her chemo starts Monday.").patient).toBe(false);
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

describe("context cues: one patient among many, rooms as subjects, care words", () => {
  it.each([
    "one of my dialysis patients missed two runs this week",
    "one of our moms keeps getting her claims bounced",
    "Patient left her glasses in the waiting room",
    "a 23-year-old came in after a dirt bike crash",
    "bed four keeps pressing the call bell",
    "rm 12 finally slept after three nights of sundowning",
    "LDR 3 wants to name the baby after the midwife",
    "fifth kid this week w the same cough",
    "our little warrior rang the bell today",
    "Stitched another nail gun injury from the framing crew",
    "I've been that family's doctor for thirty years",
    "did a home visit to drop off his new walker",
    "triage: lady walked in holding her own finger in a cup",
    "neighbours did CPR on the man next door",
  ])("reads %j as about a patient", (text) => {
    expect(readCues(text).patient).toBe(true);
  });

  it.each([
    "Patient portal is down for maintenance tonight",
    "Staff meeting in room 3 at 7 today, pizza after",
    "our front desk superstar of 12 years",
  ])("does not read %j as about a patient", (text) => {
    expect(readCues(text).patient).toBe(false);
  });
});
