import { before, type Candidate, type Recognizer, runPatterns } from "./recognizer";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTH_LOWER =
  "(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const BIRTH = /\b(?:dob|d\.o\.b|born|birth ?date|date of birth|birthday|bday|b-day)\b/;
const EVENT =
  /(?:\bs\/p|\b(?:admit(?:ted)?|admission|discharg\w*|died|death|passed|deceased|dod|seen|visit|surgery|procedure|op|delivered|transferred|since|on|from|dated?|until|chole|lap|surgery))\b/;

/** Month 1-12 and a day the month can have (Feb 29 allowed). */
function isRealDate(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * Dates more specific than a year: 3/2/1987, 11-02-48, 2024-03-02, March 2nd, 2 March 2024, and a
 * day/month pair after a date word ("DOB 3/2", "admitted on 3/2"). A year alone is not an identifier.
 * A month alone ("her March surgery") is reported with a low score; rules decide if it is tied to a person.
 */
export const date: Recognizer = {
  name: "date",
  type: "date",
  patterns: [
    {
      name: "numeric with year",
      regex: /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)/g,
      score: 0.85,
    },
    {
      name: "iso",
      regex:
        /(?<![\w/.-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])/g,
      score: 0.85,
    },
    {
      name: "day-month",
      regex: new RegExp(`(?<![\\w/.-])\\d{1,2}-${MONTH}(?:-(?:19|20)?\\d\\d)?(?![\\w-])`, "gi"),
      score: 0.7,
    },
    {
      name: "month-year",
      regex: new RegExp(`(?<![\\w/.-])${MONTH}-(?:19|20)?\\d\\d(?![\\w-])`, "g"),
      score: 0.6,
      label: "month",
    },
    {
      name: "numeric month and year",
      regex: /(?<![\w/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?![\w/])/g,
      score: 0.5,
      label: "month",
    },
    {
      name: "day and month after a date word",
      regex: /(?<![\w/.-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\w/]|\.\d)/g,
      score: 0.6,
      needsContext: true,
    },
    { name: "month day", regex: new RegExp(`\\b${MONTH}\\.? ${DAY}(?:,? (?:19|20)\\d\\d)?\\b`, "g"), score: 0.8 },
    {
      name: "month day lowercase",
      regex: new RegExp(`\\b${MONTH_LOWER}\\.? ${DAY}(?:,? (?:19|20)\\d\\d)?\\b`, "g"),
      score: 0.7,
    },
    { name: "day month", regex: new RegExp(`\\b${DAY} (?:of )?${MONTH}(?:,? (?:19|20)\\d\\d)?\\b`, "g"), score: 0.8 },
    {
      name: "month year",
      regex: new RegExp(`\\b${MONTH} (?:of )?(?:19|20)\\d\\d\\b`, "g"),
      score: 0.5,
      label: "month",
    },
  ],
  context: [
    "dob",
    "born",
    "birthday",
    "admitted",
    "admit",
    "discharged",
    "died",
    "on",
    "since",
    "from",
    "dated",
    "seen",
    "visit",
    "s/p",
    "until",
    "surgery",
    "procedure",
  ],
  contextWindow: 25,
  validate: (value) => {
    const numeric = /^(\d{1,2})[/.-](\d{1,2})(?=[/.-]|$)/.exec(value);
    // Month first (US) or day first (most of the world): either reading must be a real date.
    if (numeric)
      return isRealDate(Number(numeric[1]), Number(numeric[2])) || isRealDate(Number(numeric[2]), Number(numeric[1]));
    return true;
  },
  labelFor: (_value, text, span) => {
    const lead = before(text, span.start, 30);
    if (BIRTH.test(lead)) return "date of birth";
    if (/\b(?:admit(?:ted)?|admission)\b/.test(lead)) return "admission date";
    if (/\bdischarg\w*\b/.test(lead)) return "discharge date";
    if (/\b(?:died|death|passed|dod)\b/.test(lead)) return "date of death";
    return undefined;
  },
  find(text: string): Candidate[] {
    const found = runPatterns(this, text);
    return found.filter((candidate) => {
      // "May 5" as the modal verb ("you may 2x a day") is rare; "May" must be capitalized in the pattern.
      const value = text.slice(candidate.start, candidate.end);
      if (/^\d{1,2}\/\d{1,2}$/.test(value))
        return EVENT.test(before(text, candidate.start, 25)) || BIRTH.test(before(text, candidate.start, 25));
      return true;
    });
  },
};
