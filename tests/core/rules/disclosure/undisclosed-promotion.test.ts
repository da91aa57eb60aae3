import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "disclosure/undisclosed-promotion";

describe(RULE, () => {
  it.each([
    ["Loving this collagen powder! Use code NURSEJEN for 20% off", "Use code NURSEJEN"],
    ["Partnered with VitaGlow to bring you hydration drops. Link in bio!", "Partnered with"],
    ["Shop with my link: https://figs.com/?ref=drmike", "Shop with my link"],
    ["Collab with @hydrateplus: gets me through 12s. Code RN10.", "Code RN10"],
    ["Grab my electrolyte packets! Code NURSEAMY saves you 20%", "Code NURSEAMY"],
    ["Use my code SARAH_RN for 25% off these leggings!", "Use my code SARAH_RN"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toEqual([words]);
  });

  it("suggests adding #ad and files it under policy", () => {
    const [finding] = findingsOf(RULE, "Use code DRSAM15 at checkout for 15% off");
    expect(finding?.suggestion).toBe("Use code DRSAM15 #ad");
    expect(finding?.category).toBe("policy");
    expect(finding?.severity).toBe("medium");
  });

  it.each([
    "#ad Partnered with VitaGlow. Use code NURSEJEN for 20% off.",
    "Sponsored: I'm paid by MedThreads to share their scrubs. Code SCRUB20.",
    "Paid partnership with Brightline Labs. Code HORMONE10 for 10% off.",
    "My favorite clogs (affiliate link, I earn a commission): https://shop.example.com/clogs?aff=amy",
    "Our gift shop is having a 20% off sale on scrubs this week!",
    "Code STEMI door-to-balloon time dropped to 52 minutes.",
    "Partnered with the American Heart Association for free CPR classes this month.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: endorsements and codes before their discount`, () => {
  it.each([
    "So happy to be working with GlowLab! Their vitamin C serum is my go-to for every patient.",
    "Thanks to NutriPure for sending me their new protein bars! They're the best on the market.",
    "My favorite compression socks! Use NURSEAMY for 10% off",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each([
    "We partnered with the American Heart Association. We recommend every adult learn CPR.",
    "Partnered with the county to hand out free naloxone kits; we recommend every family keep one.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a partner's own product, and a discount behind a bio link`, () => {
  it.each([
    "Loving my partnership with GlowSkin! Their SPF 50 is the only sunscreen I recommend.",
    "Check out my new favorite stethoscope from CardioPro, link in bio for 15% off!",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it("leaves a public-health partnership that recommends sunscreen alone", () => {
    const text = "We partnered with the Skin Cancer Foundation this summer. We recommend sunscreen every day.";
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: an endorsement with a link in the profile`, () => {
  it.each([
    ["As a derm, GlowPro serum is the only one I recommend to friends. Link in my profile.", "Link in my profile"],
    [
      "every patient asks what I use and I always say ZenBalm. link in bio for my discount",
      "link in bio for my discount",
    ],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it("leaves a link to a free guideline alone", () => {
    expect(findingsOf(RULE, "Our free asthma action plan template is linked in my profile.")).toEqual([]);
  });
});

describe(`${RULE}: a superlative endorsement with a buy link and no code`, () => {
  it.each([
    "As a dietitian I tell everybody: Keto Burn drops are the best thing for weight loss. shop link below",
    "Honestly these SleepWell strips are the best I've ever tried for snoring. link in bio 😴",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it("leaves an event sign-up alone", () => {
    const text = "Our CPR class is the best way to learn life-saving skills, register at the link in bio";
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: an endorsement with the buy link anywhere on the profile`, () => {
  it.each([
    "Honestly the best knee brace on the market. Link in my highlights!",
    "These are the only compression socks I recommend, links in my stories 👇",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });
});

describe(`${RULE}: "not sponsored" is no disclosure`, () => {
  it("flags an endorsement with a buy link that denies sponsorship", () => {
    const text = "this sunscreen is the only one I recommend to my patients, link in bio (not sponsored lol)";
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it("leaves a sponsored post alone", () => {
    const text = "Sponsored: this sunscreen is the only one I recommend to my patients, link in bio";
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
