import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/derogatory-language";

describe(RULE, () => {
  it.each([
    ["Our frequent flyer is back for the fourth time this month.", "frequent flyer"],
    ["Another drug-seeker demanding dilaudid by name", "drug-seeker"],
    ["Some of these patients are absolute idiots.", "idiots"],
    ["Had to deal with a real nutjob today.", "nutjob"],
    ["So gross. The wound had maggots.", "So gross"],
    ["These people don't take their meds and then act shocked.", "These people"],
    ['Half the "seizures" tonight were fake.', '"seizures"'],
    ["Day shift handed me a train wreck of a patient.", "train wreck"],
    ["Honestly some of these patients are so dumb it's scary", "dumb"],
    ["that pt was such a whiner", "whiner"],
    ["GOMER season in the ED again", "GOMER"],
    ["The seekers have found the new doc", "seekers"],
    ["Bed is free now, the gorked guy went to hospice", "gorked"],
    ["Laughing so hard at the guy who came in with a bottle stuck", "Laughing so hard at the guy"],
    ["Honestly the stupidity of some patients never ceases to amaze me", "stupidity"],
    ["Sick of these addicts clogging up the ED every weekend", "Sick of these addicts"],
    ["#frequentflyer back again, loyalty card time 😂", "frequentflyer"],
    ["Bed 6 is a proper nutter tonight", "proper nutter"],
    ["another 'allergic to everything except dilaudid' patient", "allergic to everything except dilaudid"],
    ["When the 400 lb patient asks for a second dinner tray 😂", "400 lb patient"],
    ["ever wanted to slap a patient's family member?", "slap a patient's family member"],
    ["Like I personally run Aetna, you absolute donkey.", "you absolute donkey"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Frequent flyer miles finally paid off: off to the nursing conference!",
    "Drug-seeking behavior is often untreated pain. Our new pathway helps.",
    "Crazy busy day, but my team was incredible.",
    'Stop calling patients "frequent flyers". They usually have unmet needs.',
    "Dumb question maybe, but does anyone have a mnemonic for the cranial nerves?",
    "Night shift crew are the real MVPs. Love these people!",
    "Idiot-proof your med reconciliation with three checklists.",
    "Train wreck of a week, but our team held it together.",
    "Addiction is a disease, not a choice. Stop calling people junkies.",
    "Gross anatomy lab is done, week 1 of med school!",
    "This printer is so stupid.",
    "Job seekers: our career fair is Thursday.",
    "Lazy Sunday with the kids after a long week of nights.",
    "Patients are entitled to a copy of their records within 30 days.",
    "Nuts and seeds make great snacks for kids.",
    "The circus is in town! Bring the kids to our booth.",
    "Kids act out for attention; here is how parents can respond.",
    "Stop calling 911 for rides? No: call us whenever you need us.",
    "Lost 100 lbs this year 😂 proud of myself",
    "You absolute legend, thank you for covering my shift!",
    "Functional seizures are real and not 'faking'.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("suggests a respectful replacement", () => {
    const [finding] = findingsOf(RULE, "our frequent flyer is back");
    expect(finding?.suggestion).toBe("a patient who visits often");
    expect(finding?.severity).toBe("medium");
  });
});
