import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "misinformation/absolute-claim";

describe(RULE, () => {
  it.each([
    ["Our IV vitamin drip boosts immunity and prevents cancer. Book today!", "boosts immunity"],
    ["This tea cures diabetes.", "cures diabetes"],
    ["Our proprietary supplement guarantees a 20 lb weight loss in 30 days, clinically proven!", "guarantees"],
    ["Our chiropractic adjustments reverse autism in weeks!", "reverse autism"],
    ["Miracle supplement melts belly fat while you sleep!", "Miracle supplement"],
    ["Our stem cell injections regrow cartilage, 100% success rate.", "regrow cartilage"],
    ["Detox your liver in 3 days with our green juice cleanse", "Detox your liver"],
    ["Turmeric is as effective as chemotherapy for shrinking tumors.", "as effective as chemotherapy"],
    ["The natural cure doctors don't want you to know about!", "doctors don't want you to know"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Hepatitis C is curable: 8 to 12 weeks of antivirals cure more than 95% of people.",
    "Hand hygiene compliance hit 100% on our unit this month!",
    "There is no such thing as a detox tea. Your liver does that job for free.",
    "Is this supplement a miracle? No. Save your money.",
    "Our new detox unit is open for medically supervised withdrawal.",
    "We guarantee you'll be seen within 30 minutes, or your copay is on us.",
    "Despite the headlines, vitamin C does not cure cancer.",
    "No vaccine is 100% effective, but the flu shot cuts hospitalization risk.",
    "Exercise is the closest thing we have to a miracle drug.",
    "Hangover cures don't exist: water, sleep and time.",
    "Miracle on 34th Street movie night this Friday!",
    "Detox programs for alcohol use disorder save lives.",
    "In the DiRECT trial, weight loss could reverse type 2 diabetes for many people.",
    "Our stroke team achieved a 100% success rate on door-to-needle goals.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: miracles, "nature heals everything", hidden truths, 100% of patients`, () => {
  it.each([
    ["This oil is a miracle for eczema, throw away the steroid cream.", "is a miracle for"],
    ["Food heals all. Your pharmacy can't compete.", "Food heals all"],
    ["Our peptide injections work in 100% of patients, no exceptions.", "100% of patients"],
    ["LDL is harmless. Big pharma hid the data.", "Big pharma hid"],
    ["Our NAD+ infusions turn back the clock on aging.", "turn back the clock on aging"],
    ["Feeling low? Ditch the SSRIs and try our adaptogen blend.", "Ditch the SSRIs"],
    ["Our stem cell injections regenerate knee cartilage.", "regenerate knee cartilage"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Our nurses are a miracle for our patients every single day.",
    "Big pharma isn't hiding a cure. Research is slow and expensive.",
    "Our stroke team treated 100% of eligible patients within the door-to-needle goal this quarter.",
    "No supplement regenerates cartilage. Be wary of clinics selling stem cell shots.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a claim denied right after it`, () => {
  it("leaves a debunked product alone", () => {
    expect(findingsOf(RULE, "Detox foot pads don't remove toxins. The brown color is sweat.")).toEqual([]);
  });

  it("flags a hidden-truth framing", () => {
    expect(flaggedWords(RULE, "Ivermectin works. The FDA won't admit it.")).toContain("The FDA won't admit it");
  });
});

describe(`${RULE}: killer infections, flushing and "no need for drugs"`, () => {
  it.each([
    ["garlic tea cures pneumonia, my gran swore by it", "cures pneumonia"],
    ["this herbal mix will flush malaria out of your system", "will flush malaria out of your system"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Please don't share the 'garlic cures cancer' videos. There is no good evidence it treats or prevents cancer.",
    "Sepsis kills. Our new protocol cut time to antibiotics by 40 minutes.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: reversing chronic disease, "100% of my clients" with a cure verb`, () => {
  it.each([
    "turmeric capsules REVERSE arthritis in 100% of my patients",
    "this castor oil pack reverses fibroids naturally, my clients swear by it 🌿",
    "saffron extract reverses glaucoma, I've seen it again and again",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it("leaves a vaccination rate alone", () => {
    expect(findingsOf(RULE, "100% of our patients got their flu shot this year! proud of the team")).toEqual([]);
  });
});

describe(`${RULE}: "100% of the kids" with a cure verb`, () => {
  it("flags a chiropractor's reversal claim", () => {
    const text = "As a chiropractor I've reversed scoliosis in 100% of the kids I've treated";
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });
});

describe(`${RULE}: illness promised away, kitchen remedies and certainty`, () => {
  it.each([
    "Our vitamin infusion guarantees you'll never catch a cold or the flu again!",
    "Do this stretch daily and you will never have back pain again",
    "Raw garlic on an empty stomach kills cancer, my aunt swears by it",
    "Celery juice reverses diabetes 100%, no joke",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "Hope you never get sick again after this winter, take care everyone!",
    "Lemon water cures nothing, but it is a nice way to drink more water.",
    "Antibiotics kill bacteria, not viruses: they won't fix your cold.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a remedy said to make real treatment unnecessary`, () => {
  it.each([
    "Turmeric shots every morning and my patients never need their arthritis meds again",
    "Sea moss daily and you won't need your inhaler anymore",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each(["With early physio most knee patients never need surgery or strong painkillers."])(
    "leaves %j alone",
    (text) => {
      expect(findingsOf(RULE, text)).toEqual([]);
    },
  );
});
