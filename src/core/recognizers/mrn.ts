import { labelled, partialAfterLabel, type Recognizer } from "./recognizer";

const MRN_LABELS = [
  "mrn",
  "mr",
  "med rec",
  "medical record",
  "medical record number",
  "chart",
  "record #",
  "hospital number",
  // Hospital and national record numbers as other systems write them: "hosp no. K4471902", "NHI ZKT4417" (the NHS number is a plan's, see health-plan.ts).
  "hosp no",
  "hospital no",
  "hosp number",
  "hosp #",
  "unit number",
  "UR number",
  "URN",
  "CHI number",
  // New Zealand's National Health Index: "NHI ZKT4417".
  "NHI",
  "NHI number",
  // Indian hospitals' numbers: "UHID 20230418776", "IP no. 45512", "OPD no 88120" ("reg no" is a car's too).
  "UHID",
  "IP no",
  "IPD no",
  "OPD no",
  "CR no",
  "patient id",
  "pt id",
  "patient number",
  "EMPI",
  "CSN",
  "MRN#",
];

/** Medical record numbers, which only ever appear with a label ("MRN 00938271", "chart #A1234567"). */
export const mrn: Recognizer = {
  name: "mrn",
  type: "mrn",
  patterns: [
    {
      name: "labelled",
      regex: labelled(MRN_LABELS, "[A-Z]{0,3}\\d[\\d-]{3,14}"),
      group: 1,
      score: 0.9,
    },
    {
      // "his MR# ends 8841": the last digits of a record number still point at one chart.
      name: "partial",
      regex: partialAfterLabel(["mrn", "mr", "medical record", "med rec", "chart"], "\\d{4,6}"),
      group: 1,
      score: 0.8,
      label: "partial medical record number",
    },
  ],
  validate: (value) => value.replace(/\D/g, "").length >= 4 && !/^(19|20)\d\d$/.test(value),
};
