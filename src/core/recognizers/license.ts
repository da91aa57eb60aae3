import { type Candidate, labelled, type Recognizer, runPatterns } from "./recognizer";

/**
 * DEA registration numbers carry a check digit: (d1 + d3 + d5) + 2 * (d2 + d4 + d6) ends in d7.
 * https://www.deadiversion.usdoj.gov/ (registration number format)
 */
function deaCheckDigitOk(value: string): boolean {
  const digits = value.slice(2).split("").map(Number);
  if (digits.length !== 7 || digits.some(Number.isNaN)) return false;
  const [d1, d2, d3, d4, d5, d6, d7] = digits as [number, number, number, number, number, number, number];
  return (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) % 10 === d7;
}

/** NPI: 10 digits whose Luhn check over "80840" + the number is right (CMS). */
function npiOk(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const full = `80840${digits}`;
  let sum = 0;
  for (let index = 0; index < full.length; index++) {
    let digit = Number(full[full.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Certificate and licence numbers: driver's licences, professional and DEA registrations, NPIs,
 * birth/death certificate numbers, permits. Bare values count only when their check digit is right.
 */
export const license: Recognizer = {
  name: "license",
  type: "license",
  patterns: [
    {
      name: "labelled",
      regex: labelled(
        [
          "driver's license",
          "drivers license",
          "driver license",
          "driver's licence",
          "drivers licence",
          "dl",
          "license",
          "licence",
          "lic",
          "certificate",
          "cert",
          "birth certificate",
          "death certificate",
          "permit",
          "dea",
          "npi",
          "registration",
          "passport",
          "provider identifier",
          "provider id",
        ],
        "[A-Z]{0,3}\\d[A-Z0-9-]{3,15}",
      ),
      group: 1,
      score: 0.8,
    },
    { name: "dea format", regex: /(?<![\w-])[A-Za-z][A-Za-z9]\d{7}(?![\w-])/g, score: 0.6, label: "DEA-format number" },
  ],
  context: ["license", "licence", "certificate", "dea", "npi", "registration", "dl"],
  validate: (value, text, span) => {
    if (/^(19|20)\d\d$/.test(value) || value.replace(/\D/g, "").length < 4) return false;
    // "license plate 7KQR482" is a vehicle identifier, not a licence.
    return !/plate/i.test(text.slice(Math.max(0, span.start - 12), span.start));
  },
  find(text: string): Candidate[] {
    return runPatterns(this, text).filter((candidate) => {
      const value = text.slice(candidate.start, candidate.end);
      // Two letters and seven digits is the DEA shape: a wrong check digit means it is not one.
      if (/^[A-Za-z][A-Za-z9]\d{7}$/.test(value)) return deaCheckDigitOk(value.toUpperCase());
      if (/npi|provider id/i.test(text.slice(Math.max(0, candidate.start - 22), candidate.start)))
        return npiOk(value.replace(/\D/g, ""));
      return true;
    });
  },
};
