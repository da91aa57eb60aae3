import { labelled, labelledLoosely, partialAfterLabel, type Recognizer } from "./recognizer";

// CMS Medicare Beneficiary Identifier: 11 characters, letters never S, L, O, I, B or Z.
const L = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]";
const A = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]";
const MBI = `[1-9]${L}${A}\\d-?${L}${A}\\d-?${L}${L}\\d\\d`;

/** A plan ID: "W839221706", or read off the card in groups: "xkm 902 113 447". */
const PLAN_ID = "[A-Z0-9][A-Z0-9-]{4,17}(?![\\w-])|[A-Z]{0,4} ?\\d{2,6}(?: \\d{1,6}){1,4}(?![\\w-])";

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
          // national health cards: Ontario's OHIP, the NHS number, Ireland's medical card, the EHIC
          "ohip",
          "nhs",
          "nhs number",
          "nhs no",
          "health card",
          "medical card",
          "ehic",
        ],
        PLAN_ID,
      ),
      group: 1,
      score: 0.85,
    },
    {
      // "member ID for the Jackson kid is XJH448820019": the label, a few words, then the ID.
      name: "label a few words before",
      regex: labelledLoosely(
        [
          "member id",
          "member #",
          "member number",
          "member no",
          "medicaid id",
          "medicaid #",
          "medicare id",
          "subscriber id",
          "policy #",
          "policy number",
          "insurance id",
          "ohip",
          "ohip number",
          "ohip #",
          "nhs number",
          "health card",
          "medical card",
        ],
        PLAN_ID,
      ),
      group: 1,
      score: 0.75,
    },
    {
      name: "partial",
      regex: partialAfterLabel(
        ["member id", "member", "medicaid id", "medicaid", "medicare", "policy", "subscriber id"],
        "[A-Z0-9]{4,6}",
      ),
      group: 1,
      score: 0.7,
      label: "partial member ID",
    },
    {
      // "Medicaid keeps rejecting claims for one of our moms, ID KT48215Q", "his Medicare card ... card
      // no. 2953 41876 1": a plain "ID" or "card no." is the plan's when a plan is named just before.
      name: "id after a plan",
      regex: labelled(["id", "card", "card number"], PLAN_ID),
      group: 1,
      score: 0.7,
      needsContext: true,
    },
    { name: "mbi", regex: new RegExp(`(?<![\\w-])${MBI}(?![\\w-])`, "g"), score: 0.6, label: "Medicare number" },
  ],
  context: [
    "medicaid",
    "medicare",
    "insurance",
    "insurer",
    "member",
    "health plan",
    "health card",
    "policy",
    "ohip",
    "nhs",
  ],
  contextWindow: 90,
  validate: (value) => /\d/.test(value) && value.replace(/\D/g, "").length >= 4 && !/^(19|20)\d\d$/.test(value),
};
