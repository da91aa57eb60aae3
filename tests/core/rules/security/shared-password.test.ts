import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "security/shared-password";

describe(RULE, () => {
  it.each([
    ["Epic login for the float pool is nurse2 / Winter2024! until IT fixes it", ["nurse2", "Winter2024!"]],
    ["The EHR password reset default is Welcome123", ["Welcome123"]],
    ["Shared login for the ED tracking board: user edtrack pw Tracker#1", ["Tracker#1"]],
    ["Epic login issues? Just use mine: rnsmith / Summer#2025", ["Summer#2025"]],
  ])("flags a login that opens patient records as high: %j", (text, secrets) => {
    const findings = findingsOf(RULE, text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(secrets);
    expect(findings.every((finding) => finding.severity === "high")).toBe(true);
  });

  it("flags other passwords as medium and offers to remove them", () => {
    const [finding] = findingsOf(RULE, "the wifi password on 4 North is Nurses4Life");
    expect(finding?.severity).toBe("medium");
    expect(finding?.suggestion).toBe("[password removed]");
  });

  it("flags a described password pattern", () => {
    expect(findingsOf(RULE, "Our password for the scheduling site is just the unit name plus 2025")).toHaveLength(1);
  });

  it.each([
    "Reminder: never share your password, not even with IT.",
    "Use a password manager and turn on multi-factor authentication.",
    "Password resets were our help desk's top ticket in 2024.",
    "Log in to our patient portal at https://portal.valleyhealth.org",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a user / password pair with no keyword before it`, () => {
  it.each([
    ["@nurse_jess use mine for the MAR till ur access is fixed: jkowal / Spring!2024", "Spring!2024", "high"],
    ["Shared Epic account for the float pool: rnfloat / Float#2025", "Float#2025", "high"],
    ["@mike wifi in the doctors lounge is MercyMD / scalpel2024, enjoy", "scalpel2024", "medium"],
  ])("flags %j", (text, secret, severity) => {
    const findings = findingsOf(RULE, text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toContain(secret);
    expect(findings[0]?.severity).toBe(severity);
  });

  it("flags a password pattern everyone uses", () => {
    const text = "IT makes us change passwords every 60 days so everyone just does unit name + month + year";
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each(["PACS login is radread / Xr@y55 thx!!"])("does not take a thank-you for a password: %j", (text) => {
    expect(flaggedWords(RULE, text)).toEqual(["Xr@y55"]);
  });

  it.each([
    "Ratio tonight was 1:6 / 1:8 on nights, COVID/RSV season is here",
    "Our network of 12 clinics / 3 hospitals is growing.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: record systems by other names, and the secret in the next sentence`, () => {
  it.each([
    "SystmOne login for the bank staff is bank01 / Surgery2025 till IT sorts it",
    "the EPR login on ward 6 is ward6nurse, pw Ward6!! don't tell anyone",
    "open dental login for the front desk: smiles / Teeth2024! all the patient records are on it",
  ])("is high when the login opens records: %j", (text) => {
    expect(findingsOf(RULE, text).map((finding) => finding.severity)).toContain("high");
  });

  it("finds a password named in the sentence after", () => {
    expect(flaggedWords(RULE, "the guest wifi password is taped under the desk. it's 'Sunshine22'.")).toContain(
      "Sunshine22",
    );
  });

  it("leaves a password policy reminder alone", () => {
    expect(findingsOf(RULE, "Password reset day. It's on the intranet if you forgot how.")).toEqual([]);
  });
});

describe(`${RULE}: a password built from parts, and the secret further on in its sentence`, () => {
  it.each([
    [
      "everyone on nights sets their password to their initials then their badge number",
      "initials then their badge number",
    ],
    ["the rotating password thing is a joke, the whole unit uses month + year + # now", "month + year"],
  ])("flags the pattern in %j", (text, words) => {
    expect(flaggedWords(RULE, text).join(" ")).toContain(words);
  });

  it("flags a secret named later in a long sentence", () => {
    expect(
      flaggedWords(
        RULE,
        "the Epic login for the float pool laptop lives on a post-it under the keyboard (it's Float#2231 lol)",
      ),
    ).toContain("Float#2231");
  });

  it.each([
    "password resets take forever and then you wait 2 + hours for IT to call back about your badge number",
    "my password expired again, IT says the new one goes live at 9am, thanks 2019 era systems",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: where the written-down login is kept`, () => {
  it.each([
    [
      "the cerner login for the triage laptop is taped to the back of the monitor",
      "login for the triage laptop is taped to the back of the monitor",
    ],
    ["our shared password is literally on a post-it in the top drawer", "password is literally on a post-it"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text).join(" ")).toContain(words);
  });

  it.each([
    "forgot my password again and IT is on the other screen helping someone else",
    "the login screen is on the left monitor now after the upgrade",
    "IT audit found passwords taped to monitors all over the building, please don't do this",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: the recipe in its own sentence, and logins to results and imaging`, () => {
  it("flags a password recipe in the sentence after the word password", () => {
    const text = "new IT rule: passwords every 60 days. our whole ward just uses month + year + ! now";
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each([
    "the pathology results portal login is labnights / Slides2024! for the weekend",
    "reading room workstation: radreg / Xray#2025 if you need to pull images",
  ])("flags a login that opens results or images as high: %j", (text) => {
    expect(findingsOf(RULE, text).map((finding) => finding.severity)).toContain("high");
  });

  it("leaves advice about passwords alone", () => {
    const text = "Passwords again. Please never use season + year, IT can crack it in seconds.";
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a warning before the word password`, () => {
  it("leaves a warning about how not to build a password alone", () => {
    const text = "Cybersecurity week: don't make your password season + year! Use a passphrase instead.";
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: passwords left where anyone finds them`, () => {
  it.each([
    "Stuck the lab portal password on a post-it inside the med room door so nights can find it",
    "wrote the new pharmacy login on the whiteboard behind the desk, you're welcome",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it("is high when the login opens a fax or referral inbox", () => {
    const [finding] = findingsOf(RULE, "the referral portal login for tonight is intake2 / Marlow#4471");
    expect(finding?.severity).toBe("high");
  });

  it.each(["Reminder: never write your password on a sticky note on the monitor."])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
