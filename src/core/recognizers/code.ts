import { labelled, type Recognizer } from "./recognizer";

/** Any other unique code tied to a person: case, specimen, accession, wristband, encounter numbers. */
export const code: Recognizer = {
  name: "code",
  type: "code",
  patterns: [
    {
      name: "labelled",
      regex: labelled(
        [
          "case",
          "specimen",
          "accession",
          "wristband",
          "encounter",
          "barcode",
          "requisition",
          "ticket",
          "referral",
          "auth",
          "authorization",
          "prior auth",
          "confirmation",
          "rx",
          "prescription",
          "tracking",
        ],
        "[A-Z0-9]{0,4}\\d[A-Z0-9-]{3,20}",
      ),
      group: 1,
      score: 0.7,
    },
  ],
  validate: (value) => /\d/.test(value) && !/^(19|20)\d\d$/.test(value) && value.replace(/\D/g, "").length >= 4,
};
