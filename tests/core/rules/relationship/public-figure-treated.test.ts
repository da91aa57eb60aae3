import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "relationship/public-figure-treated";
const flags = (text: string) => check(text).findings.some((finding) => finding.rule === RULE);

describe(RULE, () => {
  it.each([
    "Yes, the quarterback was seen in our clinic today. No, I won't tell you why",
    "Can't say who, but a certain point guard sat in my exam room today with a swollen ankle",
    "Our mayor came in to get her stitches out this morning.",
    "Proud to have performed Governor Whitmore's cardiac catheterization last month.",
    "Who recognizes this famous face in our dental chair today?",
    // A team or outlet before the role, no article; sports care of a player.
    "Spent the morning strapping the Highlanders fly-half's ankle before kickoff, no names 🤐",
    "Real Betis goalkeeper in my clinic today and he was lovely",
  ])("flags %j", (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    "The mayor cut the ribbon on our new cancer center today.",
    "Senator Lopez toured our NICU to learn about rural maternity care closures.",
    "Congrats to the Cleveland Cavaliers on the win!",
    "I play striker for my pub team and tore my hamstring on Sunday",
  ])("leaves %j alone", (text) => {
    expect(flags(text)).toBe(false);
  });
});

describe(`${RULE}: public duties`, () => {
  it("leaves a mayor who emceed a gala alone", () => {
    expect(flags("Gala recap: huge thanks to our honorary chair, Mayor Dana Ruiz, for emceeing the night.")).toBe(
      false,
    );
  });
});

describe(`${RULE}: local office holders and surgery named`, () => {
  it.each([
    "not naming names but the county commissioner was lovely while we stitched his hand in our ER",
    "Privileged to be on the cardiac team for former Senator Adeyemi's bypass this winter.",
    "the school board president got her cast off in our clinic today, she was a champ",
  ])("flags %j", (text) => {
    expect(flags(text)).toBe(true);
  });

  it.each([
    "The county commissioner cut the ribbon on our new dialysis wing today.",
    "Our board president opened the gala with a speech about rural access.",
  ])("leaves %j alone", (text) => {
    expect(flags(text)).toBe(false);
  });
});
