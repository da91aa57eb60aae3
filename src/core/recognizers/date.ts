import { before, type Candidate, type Recognizer, runPatterns } from "./recognizer";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTH_LOWER =
  "(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
/** Any month, any case, short or long: "feb", "March", "sept". */
const ANY_MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** Days written as ordinal words: "the fourth of june", "june twenty-first". */
const DAY_WORD =
  "(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
const BIRTH = /\b(?:dob|d\.o\.b|born|birth ?date|date of birth|birthday|bday|b-day)\b/;
const EVENT =
  /(?:\bs\/p|\bd\/c(?:'d)?|\b(?:admit(?:ted)?|admission|discharg\w*|died|death|passed|expired|coded|deceased|dod|seen|visit|surgery|procedure|op|delivered|transferred|since|on|from|dated?|until|chole|lap|surgery))\b/;

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
      // "born 9 feb 1931", "on 3 june": typed in lowercase ("may" and "mar" only with a year: "5 may be").
      name: "day month lowercase",
      regex: new RegExp(
        `\\b${DAY} (?:of )?(?:${MONTH_LOWER}\\.?(?:,? (?:19|20)\\d\\d)?|(?:may|mar)\\.?,? (?:19|20)\\d\\d)\\b`,
        "g",
      ),
      score: 0.7,
    },
    {
      // "the fourth of june", "June twenty-first", "may the fourth".
      name: "day in words",
      regex: new RegExp(`\\b(?:the )?${DAY_WORD} of ${ANY_MONTH}\\b|\\b${ANY_MONTH} (?:the )?${DAY_WORD}\\b`, "gi"),
      score: 0.7,
    },
    {
      // "since the 14th (admit)", "on the 3rd": a day of this month, but not "the 3rd floor" or "the 2nd time".
      name: "day of the month",
      regex:
        /\b(?:since|on|from|until|till|after|before|by) (the (?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\b(?!\s?(?:floor|fl|time|times|day|days|week|weeks|month|grade|graders?|try|attempt|round|rounds|shift|shifts|baby|babies|child|kid|year|years|place|world|person|people|one|ones|patient|pt|pts|call|calls|case|cases|night|nights|dose|doses|line|street|st|ave|avenue|and \d|or \d|most|highest|lowest|largest|biggest|best|worst|quarter|period|trimester|degree|string|wheel|party|wave|unit|bed|room|stage|generation|edition|annual|anniversary|of (?!this month|last month|next month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\w+)\b)/gi,
      group: 1,
      score: 0.6,
    },
    {
      // A month alone ("coded on us in april", "L&D in may"): a date only when tied to an event; the
      // rules decide. "may" and "march" count only after these words, where they cannot be verbs.
      name: "month alone",
      regex: new RegExp(
        `\\b(?:(?:in|since|during|until|till|from|early|late|mid|last|this past|back in) |mid-)(${ANY_MONTH})\\b(?![\\s.-]?\\d|\\.\\w)`,
        "gi",
      ),
      group: 1,
      score: 0.4,
      label: "month",
    },
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
    "d/c",
    "d/c'd",
    "dc'd",
    "died",
    "passed",
    "expired",
    "coded",
    "delivered",
    "transferred",
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
