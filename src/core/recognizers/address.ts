import { type Candidate, type Recognizer, runPatterns } from "./recognizer";

export const STREET_SUFFIXES =
  "Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Sq|Way|Pike|Turnpike|Alley|Row|Crescent|Close|Loop|Run|Path|Pass|Plaza|Ridge|Hollow|Crossing";

/** Words that never start or sit inside a street name ("4 pts on the way", "3 of them in the lane"). */
const NOT_A_STREET_WORD = new Set(
  "a an the of on in at to for and or with my our your his her their its this that these those from by is was are pts patients people hours days times more more than".split(
    " ",
  ),
);

const AMBIGUOUS_SUFFIXES = new Set(
  "dr drive way run path pass row close loop place pl square sq ridge hollow crossing plaza alley court ct circle cir ter terrace trail pike".split(
    " ",
  ),
);

const ADDRESS = new RegExp(
  `(?<![\\w-])\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s(?:[NSEW]\\.?\\s)?[A-Za-z][A-Za-z'.]{0,24}(?:\\s[A-Za-z][A-Za-z'.]{0,24}){0,3}\\s(?:${STREET_SUFFIXES})\\b\\.?(?:,?\\s(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s?#?[A-Za-z0-9-]{1,6})?`,
  "gi",
);
const PO_BOX = /\bP\.?\s?O\.?\s?Box\s\d{1,6}\b/gi;

/** Street addresses ("77 Mass Ave", "1204 N. Elm Street, Apt 3B") and PO boxes. */
export const address: Recognizer = {
  name: "address",
  type: "address",
  patterns: [
    { name: "street", regex: ADDRESS, score: 0.8 },
    { name: "po box", regex: PO_BOX, score: 0.8 },
  ],
  validate: (value) => {
    if (/^p\.?\s?o/i.test(value)) return true;
    const words = value.split(/\s+/).slice(1, -1);
    if (words.some((word) => NOT_A_STREET_WORD.has(word.toLowerCase().replace(/[.,]$/, "")))) return false;
    // Suffixes that are also ordinary words ("5 k run", "2 doors close") need a capitalized name.
    const suffix = /(\w+)\.?(?:,?\s(?:apt|apartment|unit|suite|ste|#).*)?$/i.exec(value)?.[1]?.toLowerCase() ?? "";
    if (AMBIGUOUS_SUFFIXES.has(suffix)) return /^\S+\s(?:[NSEW]\.?\s)?[A-Z]/.test(value);
    return true;
  },
  find(text: string): Candidate[] {
    return runPatterns(this, text);
  },
};
