import { labelled, type Recognizer } from "./recognizer";

// CMS Medicare Beneficiary Identifier: 11 characters, letters never S, L, O, I, B or Z.
const L = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]";
const A = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]";
const MBI = `[1-9]${L}${A}\\d-?${L}${A}\\d-?${L}${L}\\d\\d`;

/** Health-plan beneficiary numbers: Medicaid/Medicare/member/subscriber/policy IDs, and MBIs. */
export const healthPlan: Recognizer = {
  name: "health-plan",
  type: "health-plan",
  patterns: [
    {
      name: "labelled",
      regex: labelled(
        [
          "medicaid",
          "medicare",
          "member",
          "subscriber",
          "insurance",
          "ins",
          "policy",
          "health plan",
          "plan",
          "beneficiary",
          "group",
          "mbi",
          "hicn",
          "bcbs",
          "aetna",
          "cigna",
          "humana",
          "tricare",
          "medi-cal",
          "insurance card",
          "medicaid card",
          "member id",
        ],
        "[A-Z0-9][A-Z0-9-]{4,17}",
      ),
      group: 1,
      score: 0.85,
    },
    { name: "mbi", regex: new RegExp(`(?<![\\w-])${MBI}(?![\\w-])`, "g"), score: 0.6, label: "Medicare number" },
  ],
  validate: (value) => /\d/.test(value) && value.replace(/\D/g, "").length >= 4 && !/^(19|20)\d\d$/.test(value),
};
