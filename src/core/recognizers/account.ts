import { findDigitRuns } from "../text/digit-runs";
import {
  type Candidate,
  labelled,
  labelledLoosely,
  partialAfterLabel,
  type Recognizer,
  runPatterns,
} from "./recognizer";

/** The value of an account number: digits, maybe spread out ("6 6 0 1 4 9 2 3"), maybe two letters first. */
const ACCOUNT_VALUE = "[A-Z]{0,3}-?\\d[\\d -]{3,22}\\d";
/** Words that say a number is a payment card's. */
const CARD_WORDS =
  "card|visa|amex|american express|mastercard|master card|discover|diners(?: club)?|debit|credit card|cc";
const CARD_WORD_BEFORE = new RegExp(`\\b(?:${CARD_WORDS})\\b`, "i");
/** How cards print their numbers: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or unbroken 13-19 digits. */
const CARD_GROUPING = /^(?:\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -]?)\d{6}\2\d{4,5}|\d{13,19})$/;

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
          "billing #",
          "billing number",
          "billing no",
        ],
        ACCOUNT_VALUE,
      ),
      group: 1,
      score: 0.85,
    },
    {
      // "the billing # on his paperwork was 6 6 0 1 4 9 2 3": the label, a few words, then the number.
      name: "label a few words before",
      regex: labelledLoosely(["acct", "account", "billing #", "billing number", "guarantor", "invoice"], ACCOUNT_VALUE),
      group: 1,
      score: 0.75,
    },
    {
      name: "partial",
      regex: partialAfterLabel(["acct", "account", "card", "credit card", "debit card"], "\\d{4}"),
      group: 1,
      score: 0.7,
      label: "partial account number",
    },
    {
      // "AMEX 1234-567890-12345", "DINERS 12345678901234", "my card: 1234 5678 8765 4321".
      name: "labelled card",
      regex: new RegExp(
        `\\b(?:${CARD_WORDS})(?:\\s?(?:#|no\\.?|num(?:ber)?))?[\\s:#.=-]{0,4}(?:is\\s|was\\s)?(\\d{4}[ -]?\\d{4,6}[ -]?\\d{4,5}(?:[ -]?\\d{1,4})?|\\d{13,19})(?![\\w-])`,
        "gi",
      ),
      group: 1,
      score: 0.8,
      label: "card number",
    },
    {
      name: "card number",
      regex: /(?<![\w-])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])/g,
      score: 0.6,
      label: "card number",
    },
  ],
  validate: (value, text, span) =>
    value.replace(/\D/g, "").length >= 5 ||
    (/^\d{4}$/.test(value) && /\b(?:ending|ends|last)\b/i.test(text.slice(Math.max(0, span.start - 20), span.start))),
  find(text: string): Candidate[] {
    // An unlabelled 16-digit run is a card number only when its Luhn check digit is right. One labelled
    // as a card and printed as cards print it identifies the account even with a mistyped digit.
    const found = dedupe(
      runPatterns(this, text).filter((candidate) => {
        const value = text.slice(candidate.start, candidate.end);
        const digits = value.replace(/\D/g, "");
        const saysCard = CARD_WORD_BEFORE.test(text.slice(Math.max(0, candidate.start - 22), candidate.start));
        if (saysCard && CARD_GROUPING.test(value)) return true;
        return (candidate.label !== "card number" && !saysCard) || luhn(digits);
      }),
    );
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

/** The same number found by two patterns is one candidate. */
function dedupe(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (candidate, index) =>
      !candidates.some((other, at) => at < index && other.start <= candidate.start && other.end >= candidate.end),
  );
}

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
