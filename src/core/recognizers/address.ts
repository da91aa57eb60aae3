import { before, type Candidate, type Recognizer, runPatterns } from "./recognizer";

export const STREET_SUFFIXES =
  "Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Sq|Way|Pike|Turnpike|Alley|Row|Crescent|Close|Loop|Run|Path|Pass|Plaza|Ridge|Hollow|Crossing|Grove|Gardens|Mews|Green|Walk|Rise|Parade|Pde|Esplanade|Quay|Vale|View|Wynd";

/** Words that never start or sit inside a street name ("4 pts on the way", "3 of them in the lane"). */
const NOT_A_STREET_WORD = new Set(
  "a an the of on in at to for and or with my our your his her their its this that these those from by is was are pts patients people hours days times more more than".split(
    " ",
  ),
);

const AMBIGUOUS_SUFFIXES = new Set(
  "dr drive way run path pass row close loop place pl square sq ridge hollow crossing plaza alley court ct circle cir ter terrace trail pike grove gardens mews green walk rise parade vale view quay".split(
    " ",
  ),
);

/** Short forms of street kinds that are not words of their own ("ct", "cir"); "dr" is a title, "pl" a plural. */
const SHORT_SUFFIXES = new Set(["ct", "cir", "ter", "trl", "pkwy"]);
/** "sent to 2 head ct": a CT scan, not a court. */
const SCAN_WORDS = new Set("head chest abd abdomen pelvis spine neck brain stat repeat contrast noncon cta".split(" "));
/** Words right before an address: "sent to", "lives at", "address is", "out to". */
const LEADS_TO_ADDRESS = /\b(?:to|at|on|from|address(?: is)?|lives|living|house|home|back)\s$/;

const ADDRESS = new RegExp(
  `(?<![\\w-])\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s(?:[NSEW]\\.?\\s)?[A-Za-z][A-Za-z'.]{0,24}(?:\\s[A-Za-z][A-Za-z'.]{0,24}){0,3}\\s(?:${STREET_SUFFIXES})\\b\\.?(?:,?\\s(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s?#?[A-Za-z0-9-]{1,6})?`,
  "gi",
);
const PO_BOX = /\bP\.?\s?O\.?\s?Box\s\d{1,6}\b/gi;
/** Rural and numbered roads: "1189 county road 12", "4410 FM 1960", "22 Route 9". */
const NUMBERED_ROAD_ADDRESS =
  /(?<![\w-])\d{1,6}\s(?:county road|county rd|state road|state route|rural route|highway|hwy|route|rte|cr|sr|fm|rr)\s?\d{1,4}[A-Za-z]?\b/gi;
/** A block stands for a few houses: "the 1400 block of Alvarado St". */
const BLOCK_ADDRESS = new RegExp(
  `(?<![\\w-])\\d{1,5}\\sblock of\\s(?:[NSEW]\\.?\\s)?[A-Z][A-Za-z'.]{0,24}(?:\\s[A-Z][A-Za-z'.]{0,24}){0,2}\\s(?:${STREET_SUFFIXES})\\b\\.?`,
  "g",
);
/**
 * French, Spanish, Portuguese and Italian addresses put the street kind first: "42 Rue Saint-Olivier,
 * apt 3", "1200 Avenue des Pins", "15 Calle del Sol" ("Via" is left out: "3 Via Rail" is a train). The kind is capitalized, as such names are written.
 */
const KIND_FIRST_ADDRESS =
  /(?<![\w-])\d{1,5}(?:-\d{1,4})?,?\s(?:Rue|Avenue|Boulevard|Boul\.|Chemin|Rang|Calle|Avenida|Rua|Viale|Piazza|Paseo|Carrer|Rambla)\s(?:(?:de la|de|du|des|la|le|les|del|dos|das|da|di|della)\s)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'.-]{1,24}(?:\s[A-Z][A-Za-z\u00C0-\u024F'.-]{1,24}){0,2}(?:,?\s(?:[Aa]pt|[Aa]pp|[Aa]partment|[Uu]nit|[Ss]uite|#)\.?\s?#?[A-Za-z0-9-]{1,6})?/g;
/** Grid addresses of the mountain west: "4470 N 1200 E", "310 S 500 W". */
const GRID_ADDRESS = /(?<![\w-])\d{1,6}\s[NSEW]\.?\s\d{1,5}\s[NSEW]\b\.?/g;

/** Street addresses ("77 Mass Ave", "1204 N. Elm Street, Apt 3B") and PO boxes. */
export const address: Recognizer = {
  name: "address",
  type: "address",
  patterns: [
    { name: "street", regex: ADDRESS, score: 0.8 },
    { name: "po box", regex: PO_BOX, score: 0.8 },
    { name: "numbered road", regex: NUMBERED_ROAD_ADDRESS, score: 0.75 },
    { name: "grid", regex: GRID_ADDRESS, score: 0.75 },
    { name: "block", regex: BLOCK_ADDRESS, score: 0.75 },
    { name: "street kind first", regex: KIND_FIRST_ADDRESS, score: 0.8 },
  ],
  validate: (value, text, span) => {
    if (
      /^p\.?\s?o/i.test(value) ||
      /^\d+\sblock of\s/.test(value) ||
      /^\d+\s(?:[NSEW]\.?\s\d|(?:county|state|rural|highway|hwy|route|rte|cr|sr|fm|rr)\b)/i.test(value)
    )
      return true;
    const words = value.split(/\s+/).slice(1, -1);
    if (words.some((word) => NOT_A_STREET_WORD.has(word.toLowerCase().replace(/[.,]$/, "")))) return false;
    // Suffixes that are also ordinary words ("5 k run", "2 doors close") need a capitalized name, or,
    // typed in lowercase, a short form after words that lead to an address ("sent to 22 maple ct").
    const suffix = /(\w+)\.?(?:,?\s(?:apt|apartment|unit|suite|ste|#).*)?$/i.exec(value)?.[1]?.toLowerCase() ?? "";
    if (AMBIGUOUS_SUFFIXES.has(suffix)) {
      if (/^\S+\s(?:[NSEW]\.?\s)?[A-Z]/.test(value)) return true;
      return (
        SHORT_SUFFIXES.has(suffix) &&
        words.length <= 2 &&
        !words.some((word) => SCAN_WORDS.has(word.toLowerCase())) &&
        LEADS_TO_ADDRESS.test(before(text, span.start, 24))
      );
    }
    return true;
  },
  find(text: string): Candidate[] {
    return runPatterns(this, text);
  },
};
