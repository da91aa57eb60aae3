import { type Candidate, labelled, type Recognizer, runPatterns } from "./recognizer";

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
      regex: labelled(
        ["license plate", "licence plate", "plate", "plates", "tag", "tags", "plate number"],
        "[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}",
      ),
      group: 1,
      score: 0.85,
      label: "licence plate",
    },
    { name: "vin", regex: labelled(["vin"], "[A-HJ-NPR-Z0-9]{11,17}"), group: 1, score: 0.9, label: "VIN" },
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
