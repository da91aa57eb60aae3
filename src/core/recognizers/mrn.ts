import { labelled, type Recognizer } from "./recognizer";

/** Medical record numbers, which only ever appear with a label ("MRN 00938271", "chart #A1234567"). */
export const mrn: Recognizer = {
  name: "mrn",
  type: "mrn",
  patterns: [
    {
      name: "labelled",
      regex: labelled(
        [
          "mrn",
          "mr",
          "med rec",
          "medical record",
          "medical record number",
          "chart",
          "record #",
          "hospital number",
          "patient id",
          "pt id",
          "patient number",
          "EMPI",
          "CSN",
          "MRN#",
        ],
        "[A-Z]{0,3}\\d[\\d-]{3,14}",
      ),
      group: 1,
      score: 0.9,
    },
  ],
  validate: (value) => value.replace(/\D/g, "").length >= 4 && !/^(19|20)\d\d$/.test(value),
};
