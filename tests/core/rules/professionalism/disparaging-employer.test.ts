import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/disparaging-employer";

describe(RULE, () => {
  it.each([
    ["This hospital is a dumpster fire and management doesn't care.", "dumpster fire"],
    ["Mercy General is a dumpster fire.", "dumpster fire"],
    ["Lakeside Medical Center treats its staff like garbage.", "like garbage"],
    ["Our management doesn't give a damn about nurses.", "doesn't give a damn"],
    ["Working for Northside Health is a nightmare.", "is a nightmare"],
    ["St. Mary's is the worst place I have ever worked.", "the worst place"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Dumpster fire safety training this Thursday by the loading dock.",
    "Proud to work at Mercy General, named a top 100 hospital again.",
    "Short-staffed again this weekend; leadership is working on hiring. Hang in there.",
    "Our management team listened: self-scheduling starts next month!",
    "Healthcare staffing is in crisis nationally.",
    "Our hospital's garbage and recycling pickup moves to Tuesdays.",
    "Our CEO told a joke at the gala that had the whole room laughing.",
    "This hospital trains every nurse in toxic exposure response.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
