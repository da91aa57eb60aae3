import { describe, expect, it } from "vitest";
import { findingsOf } from "../../lexicons/conduct-test-kit";

const RULE = "misinformation/known-myth";

describe(RULE, () => {
  it.each([
    "Vaccines cause autism. Do your research.",
    "The flu shot gives you the flu. That's why I never get it.",
    "Never getting the flu vaccine again, it literally gave me the flu.",
    "Opioid withdrawal is a myth, it's all in their heads.",
    "COVID vaccines alter your DNA.",
    "You can't get pregnant while breastfeeding.",
    "Antibiotics cure the common cold.",
    "The flu vaccine is more dangerous than the flu itself.",
    "Got the flu shot and got the flu two days later. Proof it gives you the flu.",
    "Vaccinated people are shedding spike proteins.",
    "Vaccines contain aborted fetal cells and heavy metals.",
    "Chemtrails are why everyone has allergies now.",
    "The measles vaccine causes measles. Look it up.",
  ])("flags %j", (text) => {
    const [finding] = findingsOf(RULE, text);
    expect(finding?.severity).toBe("medium");
  });

  it.each([
    "Myth: vaccines cause autism. Fact: studies of millions of children found no link.",
    "No, the flu shot can't give you the flu. It contains no live virus.",
    "Opioid withdrawal is real. It is not a myth.",
    "The study claiming vaccines cause autism was retracted.",
    "Some people say the flu shot gives you the flu. It doesn't.",
    "Sunscreen does not cause cancer. Sunburns do.",
    "Do vaccines cause autism? No. Here is the evidence.",
    "Antibiotics won't help a cold. Rest, fluids, and time.",
    "Chemtrails are a myth: those white lines are water vapor.",
    "Flu shots don't give you the flu. Get yours today.",
  ])("leaves a refutation alone: %j", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("says what the evidence shows", () => {
    expect(findingsOf(RULE, "Vaccines cause autism.")[0]?.message).toContain("no link");
  });
});

describe(`${RULE}: everyday myths`, () => {
  it.each([
    "antibiotics get rid of colds faster, always ask for them",
    "Too many shots too soon overload the immune system, so we space them out.",
    "LDL doesn't cause heart attacks, inflammation does.",
    "The HPV vaccine causes early menopause, I've seen it in my practice.",
    "Sugar makes kids hyperactive, every parent knows this.",
    "Cracking your knuckles causes arthritis, so stop it.",
    "You lose most of your body heat through your head, so wear a hat.",
    "Vaccinated people spread covid more than unvaccinated people.",
    "Cold weather gives you a cold. Bundle up!",
    "Green snot means you need antibiotics.",
    "ADHD is just bad parenting.",
    "MSG causes migraines in everyone.",
    "Eating carrots gives you perfect night vision.",
    "Wearing a mask all day causes CO2 buildup in kids' brains.",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "Myth: sugar makes kids hyperactive. Fact: blinded trials found no difference.",
    "No, cracking your knuckles doesn't cause arthritis.",
    "Does cold weather give you a cold? Nope, viruses do.",
    "Depression is not a choice. Please reach out if you're struggling.",
    "Green snot doesn't mean you need antibiotics. Most sinus infections are viral.",
    "Vaccines don't overload the immune system. Spreading them out only leaves kids unprotected longer.",
    "Dietary cholesterol doesn't cause heart disease for most people; LDL in your blood does.",
    "Reminder: antibiotics don't clear up colds and can cause real harm.",
  ])("leaves the refutation %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: more myths, and denials right after the claim`, () => {
  it.each([
    "Ivermectin cured my patients' covid every single time.",
    "The HPV vaccine isn't needed if you're married. Total waste.",
    "Fevers are your body's way of healing, never treat them, even in infants.",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "Ivermectin did not help COVID in large trials.",
    "Fevers help fight infection, but infants under 3 months with a fever need to be seen right away.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: more myth shapes`, () => {
  it.each([
    "the vaccine-autism link has never been properly refuted, look it up",
    "you cant get pregnant during your period, simple",
    "take amoxicillin early and it stops a cold turning into a chest infection",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each([
    "The vaccine-autism link was debunked years ago and the paper retracted.",
    "You CAN get pregnant during your period. Use protection.",
    "Antibiotics don't stop a cold turning into anything worse.",
    "Cold weather clinic hours: 8 to 4.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe("misinformation/known-myth: a proven-safe food, drug or technology blamed for serious disease", () => {
  it.each([
    "canola oil is the real cause of chronic inflammation, throw it out",
    "antidepressants do more harm than good, my patients do better off them",
    "wifi routers in bedrooms cause brain damage in kids",
    "aspartame is literally poison",
  ])("flags %j", (text) => {
    expect(findingsOf("misinformation/known-myth", text)).toHaveLength(1);
  });

  it.each([
    "statins cause muscle aches in a few people; tell your doctor if yours ache",
    "it's a myth that SSRIs cause dementia",
    "chemo is basically poison that targets fast-growing cells, which is why hair falls out",
    "sunscreen causes fewer problems than sunburn ever will",
  ])("leaves %j alone", (text) => {
    expect(findingsOf("misinformation/known-myth", text)).toEqual([]);
  });
});

describe("misinformation/known-myth: anything sold as better than a vaccine", () => {
  it.each([
    "elderberry syrup protects your kids better than the flu shot",
    "a good sauna habit boosts immunity more than any covid vaccine",
  ])("flags %j", (text) => {
    expect(findingsOf("misinformation/known-myth", text)).toHaveLength(1);
  });

  it.each([
    "honestly nothing boosts immunity better than the vaccine does",
    "the new RSV shot is safer than the old vaccine schedule was for us",
  ])("leaves %j alone", (text) => {
    expect(findingsOf("misinformation/known-myth", text)).toEqual([]);
  });
});

describe(`${RULE}: anything proven safe blamed for a developmental or chronic harm`, () => {
  it.each([
    "controversial opinion as a nurse: the HPV vaccine causes infertility, look it up",
    "vaccines are what's causing all the food allergies in kids now",
    "As an RN, 5G towers are what's causing all these headaches and migraines. wake up.",
    "fluoride is behind the rise in ADHD and nobody wants to say it",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "No, the MMR does not cause autism or regression. Dozens of studies show this.",
    "myth: vaccines cause autism. fact: they don't. share this.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: vaccines said to do more harm than the disease`, () => {
  it.each([
    "the MMR does way more damage than measles ever did",
    "flu shots kill more people than the flu, look it up",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each(["Myth: vaccines cause more harm than the diseases they prevent. Fact: the opposite."])(
    "leaves %j alone",
    (text) => {
      expect(findingsOf(RULE, text)).toEqual([]);
    },
  );
});

describe(`${RULE}: full-moon certainty, chiropractic cures, alkaline water and home burn remedies`, () => {
  it.each([
    "full moon tonight = more psych admissions, it's a proven fact 🌕",
    "every full moon brings more women in labor, every single time. science.",
    "Chiropractic adjustments treat colic and asthma in babies, no meds needed.",
    "regular neck adjustments prevent ear infections in toddlers",
    "alkaline water every morning and your cancer risk goes to zero",
    "rub some butter on burns, old family trick that works",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)[0]?.severity).toBe("medium");
  });

  it.each([
    "full moon tonight, pray for us on L&D 🌕",
    "Studies have looked for more births at the full moon and found none, sorry folks.",
    "Spinal adjustments may help some low back pain; they do not cure ear infections.",
    "Never put butter on burns: cool running water for 20 minutes.",
    "Alkaline water does not lower cancer risk, your kidneys keep your pH steady.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
