import {
  type Candidate,
  labelled,
  labelledLoosely,
  type Recognizer,
  runPatterns,
  spelledNumbersAfter,
} from "./recognizer";

/**
 * A licence or certificate number: a few letters (maybe a space or hyphen), a digit, then more, and up
 * to three more groups that each hold a digit, as cards print them: "RN 2219847", "D4419 2203 8841",
 * "MORGA 603128 JT9" (a UK licence), "482 915 337".
 */
const LICENSE_VALUE = "[A-Z]{0,5}[ -]?\\d[A-Z0-9-]{1,15}(?: (?=[A-Z]{0,7}\\d)[A-Z0-9]{2,8}){0,3}";
/** Words that name a licence a few words before its number. */
const LICENSE_LABEL = "licen[cs]e|cdl|dl|permit|certificate";
/** Words that name a licence, for numbers written in words ("his CDL number ... M-six-one-four..."). */
const LICENSE_WORD = /\b(?:licen[cs]e|cdl|dl|driver'?s|permit|certificate)\b/;

/** A driving or professional licence named anywhere. */
const LICENSE_ANYWHERE = /\b(?:licen[cs]e|cdl)\b/gi;
/**
 * Numbers only a licence looks like (case matters): the UK driving licence ("MORRI752104SM9IJ",
 * "MORGA 603128 JT9") and a letter before long digit groups ("D-4021-7781-9930", "K7719204").
 */
const LICENSE_SHAPE =
  /(?<![\w-])(?:[A-Z9]{5} ?\d{6} ?[A-Z0-9]{2,5}|[A-Z]{1,2}-?\d{3,5}(?:[- ]\d{3,5}){1,3}|[A-Z]{1,2}\d{7,12})(?![\w-])/;

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
          "cdl",
        ],
        LICENSE_VALUE,
      ),
      group: 1,
      score: 0.8,
    },
    {
      // "a fishing license lol. # FL-2291847": the label, a few words, then the number.
      name: "label a few words before",
      regex: labelledLoosely(["license", "licence", "cdl", "dl", "permit", "certificate"], LICENSE_VALUE),
      group: 1,
      score: 0.7,
    },
    {
      // "his CDL number is on the EMS sheet, K8830217", "DL in the chart expired, # S530-4471-8820":
      // the label, a few words, a comma or bracket, then a number that starts with a letter or is long.
      name: "label then a comma",
      regex: new RegExp(
        `\\b(?:${LICENSE_LABEL})(?!\\w)[^\\d\\n]{0,40}?[,(]\\s{0,2}#?\\s?([A-Z]{1,3}-?\\d[A-Z0-9-]{4,15}|\\d{6,12})(?![\\w-])`,
        "gi",
      ),
      group: 1,
      score: 0.65,
    },
    { name: "dea format", regex: /(?<![\w-])[A-Za-z][A-Za-z9]\d{7}(?![\w-])/g, score: 0.6, label: "DEA-format number" },
  ],
  context: ["license", "licence", "certificate", "dea", "npi", "registration", "dl"],
  validate: (value, text, span) => {
    if (/^(19|20)\d\d$/.test(value) || value.replace(/\D/g, "").length < 4) return false;
    // A lowercase word before the digits is prose, not a licence prefix: "license plate 7KQR482".
    if (/^[a-z]{1,5} /.test(value)) return false;
    // "license plate 7KQR482" is a vehicle identifier, not a licence.
    return !/plate|\btags?\b|\bvin\b|\brego?\b/i.test(text.slice(Math.max(0, span.start - 30), span.start));
  },
  find(text: string): Candidate[] {
    const found = runPatterns(this, text).filter((candidate) => {
      const value = text.slice(candidate.start, candidate.end);
      // Two letters and seven digits is the DEA shape: a wrong check digit means it is not one.
      if (/^[A-Za-z][A-Za-z9]\d{7}$/.test(value)) return deaCheckDigitOk(value.toUpperCase());
      if (/npi|provider id/i.test(text.slice(Math.max(0, candidate.start - 22), candidate.start)))
        return npiOk(value.replace(/\D/g, ""));
      return true;
    });
    // A licence named, and a number in a licence's shape later on: "his HGV licence ... reads it out
    // every night – MORGA 603128 JT9", "drivers licence clipped to his gown. D-4021-7781-9930".
    for (const label of text.matchAll(LICENSE_ANYWHERE)) {
      const from = (label.index ?? 0) + label[0].length;
      if (/\b(?:my|our)\b[^.!?]{0,20}$/i.test(text.slice(Math.max(0, from - 40), label.index ?? 0))) continue;
      const window = text.slice(from, from + 160);
      const value = LICENSE_SHAPE.exec(window);
      if (!value) continue;
      const start = from + value.index;
      const end = start + value[0].length;
      if (found.some((candidate) => candidate.start < end && candidate.end > start)) continue;
      found.push({ start, end, type: "license", recognizer: "license", confidence: 0.6 });
    }
    // Shouted or read out in words: "his CDL number ... "M-six-one-four-oh-two-two-nine"".
    for (const span of spelledNumbersAfter(text, LICENSE_WORD, (digits) => digits.length >= 6, 60)) {
      if (found.some((candidate) => candidate.start < span.end && candidate.end > span.start)) continue;
      found.push({
        ...span,
        type: "license",
        recognizer: "license",
        confidence: 0.6,
        label: "licence number in words",
      });
    }
    return found;
  },
};
