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

describe(`${RULE}: verdicts in a sentence of their own, sarcasm, "treats us like"`, () => {
  it.each([
    ["Memorial Hospital admin froze raises again. Clowns, every one of them.", "Clowns"],
    ["St. Luke's cut our tuition reimbursement and gave execs bonuses. Shameful.", "Shameful"],
    ["This hospital treats nurses like disposable gloves.", "treats nurses like disposable"],
    ["Working for Kaiser is soul-crushing, avoid if you can", "soul-crushing"],
    ["Leadership sent a 'thank you' email instead of raises. Insulting.", "Insulting"],
    ["pizza party instead of a raise. great hospital we have here 🙄", "great hospital we have here"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Our hospital treats staff like family. 10 years here and I'm still grateful.",
    "What a great hospital we have here, 5 stars from CMS again!",
    "Our hospital opened a new wing today. Proud of everyone who made it happen.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: British facility names, handles and "cares more about"`, () => {
  it.each([
    ["Northgate Health Centre is the worst practice I've worked at, full stop", "worst practice"],
    ["@RiversideNHS cares more about its car park than its staff", "cares more about its car park than its staff"],
    [
      "Left the Infirmary last month. Management cared more about targets than patients.",
      "cared more about targets than patients",
    ],
    ["honestly a joke of an employer, this trust", "joke of an"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Our trust cares more about patient safety than any league table, and it shows.",
    "Northgate Health Centre is hiring practice nurses. Come join us!",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: "badly run", "do not work there", treating "its" staff like things`, () => {
  it.each([
    "Sunrise Medical Center is a poorly run place that treats its staff like robots.",
    "Riverside Health treats their nurses like robots and pays peanuts.",
    "Lakeview Clinic is horribly run. Do not work there.",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each(["Lakeview Clinic treats its staff like family and it shows.", "Our practice is well run and we're hiring!"])(
    "leaves %j alone",
    (text) => {
      expect(findingsOf(RULE, text)).toEqual([]);
    },
  );
});
