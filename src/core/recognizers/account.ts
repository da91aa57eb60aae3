import { findDigitRuns } from "../text/digit-runs";
import { type Candidate, labelled, type Recognizer, runPatterns } from "./recognizer";

/** Account numbers: billing accounts, invoices, claims, bank and card numbers with a label. */
export const account: Recognizer = {
  name: "account",
  type: "account",
  patterns: [
    {
      name: "labelled",
      regex: labelled(
        [
          "acct",
          "acc",
          "account",
          "billing account",
          "bank account",
          "invoice",
          "claim",
          "statement",
          "routing",
          "card",
          "credit card",
          "patient account",
          "guarantor",
        ],
        "[A-Z]{0,2}\\d[\\d -]{3,22}\\d",
      ),
      group: 1,
      score: 0.85,
    },
    {
      name: "card number",
      regex: /(?<![\w-])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])/g,
      score: 0.6,
      label: "card number",
    },
  ],
  validate: (value) => value.replace(/\D/g, "").length >= 5,
  find(text: string): Candidate[] {
    // An unlabelled 16-digit run is a card number only when its Luhn check digit is right.
    const found = runPatterns(this, text).filter((candidate) => {
      const digits = text.slice(candidate.start, candidate.end).replace(/\D/g, "");
      const saysCard = /\bcard\b/i.test(text.slice(Math.max(0, candidate.start - 20), candidate.start));
      return (candidate.label !== "card number" && !saysCard) || luhn(digits);
    });
    // Cards of other lengths (Amex 15, Diners 14): a bare 14-19 digit run whose Luhn digit is right.
    for (const run of findDigitRuns(text, 14)) {
      if (run.digits.length > 19 || !luhn(run.digits) || /^(\d)\1+$/.test(run.digits)) continue;
      if (run.groups.some((size) => size < 4)) continue;
      if (found.some((candidate) => candidate.start < run.end && candidate.end > run.start)) continue;
      found.push({
        start: run.start,
        end: run.end,
        type: "account",
        recognizer: "account",
        confidence: 0.6,
        label: "card number",
      });
    }
    return found;
  },
};

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
