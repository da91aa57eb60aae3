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
