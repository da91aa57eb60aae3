import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/profanity";

describe(RULE, () => {
  it.each([
    ["Absolute bullshit, this fire drill at 3am", "bullshit"],
    ["I am so f***ing done with this week", "f***ing"],
    ["sh*t show in triage tonight", "sh*t"],
    ["Some b!tch took my parking spot", "b!tch"],
    ["This pager can kiss my a$$", "a$$"],
    ["too old for this sh1t", "sh1t"],
    ["Fuuuuck this full moon", "Fuuuuck"],
    ["Prior auth is a clusterfuck", "clusterfuck"],
    ["bunch of jackasses on nights", "jackasses"],
    ["their f-ing call lights", "f-ing"],
    ["whoever made this schedule can go f themselves", "go f themselves"],
    ["another pile of bs from corporate", "pile of bs"],
    ["ffs the pharmacy lost my order AGAIN", "ffs"],
    ["wtf is this new policy", "wtf"],
    ["what a piece of shit", "shit"],
  ])("flags %j", (text, word) => {
    expect(flaggedWords(RULE, text)).toContain(word);
  });

  it.each([
    "Post-op nausea and vomiting is the complaint people fear most.",
    "HIV testing is free at our clinic every Wednesday.",
    "The colonoscopy prep enema is the worst part, but screening saves lives.",
    "Syphilis cases are rising; condoms and testing help.",
    "Questions about penile or vaginal health are normal questions.",
    "Anal fissures are common and treatable.",
    "Breast self-exams matter, but they don't replace a mammogram.",
    "What a semen analysis measures: sperm count, motility and morphology.",
    "Stool, urine and feces samples need labels too.",
    "Rectal temperatures are the most accurate for infants.",
    "Our residents graduated summa cum laude!",
    "Ho ho ho! Santa visited the pediatric floor.",
    "Potty training: celebrate every poop in the potty.",
    "Shiitake mushroom stir-fry from our dietitian",
    "Hell week is over: all new grads passed orientation!",
    "Email @fuchsia_rn for the schedule",
    "Check BS before meals; call if BS is over 300.",
  ])("leaves clinical and ordinary words alone: %j", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("explains itself and offers to remove the word", () => {
    const [finding] = findingsOf(RULE, "this sh*t again");
    expect(finding?.severity).toBe("medium");
    expect(finding?.message).toContain("masked");
    expect(finding?.suggestion).toBe("");
  });

  it("maps spans back through normalization (zero-width characters inside the word)", () => {
    const text = "what a piece of s\u200bhit";
    expect(flaggedWords(RULE, text)).toEqual(["s\u200bhit"]);
  });
});

describe(`${RULE}: masked mild swears, masked compounds, "damn" as a curse`, () => {
  it.each([
    ["EVERY D*MN TIME the scanner freezes", "D*MN"],
    ["h*ll no I'm not picking up another shift", "h*ll"],
    ["what a cr*p day, 4 admits in an hour", "cr*p"],
    ["prior auth is a total sh*tstorm this week", "sh*tstorm"],
    ["this damn printer jams on every discharge packet", "damn"],
    ["Screw this EMR, I'm charting on a napkin", "Screw this"],
    ["what a prick, he cut me off in the staff lot", "what a prick"],
  ])("flags %j", (text, word) => {
    expect(flaggedWords(RULE, text)).toContain(word);
  });

  it.each([
    "Damn proud of our new grads!",
    "Hell yeah, passed my CCRN!",
    "If your fever spiked overnight, call our nurse line.",
    "Assess, intervene, reassess.",
    "Herbs and spices can cut the salt in your cooking.",
    "Skin prick testing for allergies is quick and safe.",
    "Shaving before surgery raises infection risk; we clip instead.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
