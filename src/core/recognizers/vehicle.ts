import {
  type Candidate,
  labelled,
  labelledLoosely,
  partialAfterLabel,
  type Recognizer,
  runPatterns,
} from "./recognizer";

const PLATE = "[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}";

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** North American VINs carry a check digit in position 9 (49 CFR 565.15). */
function vinCheckDigitOk(vin: string): boolean {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const char = vin[index] as string;
    const value = /\d/.test(char) ? Number(char) : (VIN_VALUES[char] ?? -100);
    sum += value * (VIN_WEIGHTS[index] as number);
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? "X" : String(check));
}

/** Vehicle identifiers: licence plates with a label ("plate 7KQR482", "tag ABC-1234") and VINs. */
export const vehicle: Recognizer = {
  name: "vehicle",
  type: "vehicle",
  patterns: [
    {
      name: "plate",
      // "reg KX19 FWD" and "rego XQR-482" are how British and Australian English name a plate.
      regex: labelled(
        [
          "license plate",
          "licence plate",
          "number plate",
          "plate",
          "plates",
          "tag",
          "tags",
          "plate number",
          "rego",
          "reg",
        ],
        PLATE,
      ),
      group: 1,
      score: 0.85,
      label: "licence plate",
    },
    {
      // "the plate on our GSW pt's car is 8PQT201": the label, a few words, then the plate.
      name: "plate a few words before",
      regex: labelledLoosely(["license plate", "licence plate", "plate", "plates", "tag number"], `${PLATE}(?![\\w-])`),
      group: 1,
      score: 0.75,
      label: "licence plate",
    },
    {
      // A current British plate has its own shape, so it needs no label: "KX19 OWB", "LD68 ZTV".
      name: "uk plate",
      regex: /(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}(?![\w-])/g,
      score: 0.7,
      label: "number plate",
    },
    { name: "vin", regex: labelled(["vin"], "[A-HJ-NPR-Z0-9]{11,17}"), group: 1, score: 0.9, label: "VIN" },
    {
      // "the VIN for the pt's car from last nights MVC: 2T1BURHE5JC043817".
      name: "vin a few words before",
      // A VIN's shape is specific enough to look further after its label than other identifiers do.
      regex: /\bvin(?!\w)[^\d\n]{0,50}?(?:#|:|=|\bis|\bwas)\s{0,2}([A-HJ-NPR-Z0-9]{17})(?![\w-])/gi,
      group: 1,
      score: 0.9,
      label: "VIN",
    },
    {
      // "VIN ends 4B118092": the tail of a VIN still names one car.
      name: "partial vin",
      regex: partialAfterLabel(["vin"], "[A-HJ-NPR-Z0-9]{4,10}"),
      group: 1,
      score: 0.75,
      label: "partial VIN",
    },
    { name: "bare vin", regex: /(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])/g, score: 0.6, label: "VIN" },
  ],
  validate: (value) => /\d/.test(value) && value.replace(/[^A-Za-z0-9]/g, "").length >= 4,
  find(text: string): Candidate[] {
    return runPatterns(this, text).filter((candidate) => {
      const value = text.slice(candidate.start, candidate.end);
      if (value.length !== 17 || candidate.confidence >= 0.9) return true;
      return /[A-Z]/.test(value) && vinCheckDigitOk(value);
    });
  },
};
