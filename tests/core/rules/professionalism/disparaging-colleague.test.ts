import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/disparaging-colleague";

describe(RULE, () => {
  it.each([
    ["Dr. Harris botched another case today. How is she still allowed to operate?", "botched"],
    ["Dr. Chen is incompetent and everyone on the unit knows it.", "incompetent"],
    ["Never met a surgeon as arrogant as Dr. Wallace.", "arrogant"],
    ["Our charge nurse Brenda is the laziest person I've worked with.", "laziest"],
    ["Dr. Brooks can't place a line without a fellow. Pathetic.", "Pathetic"],
    ["My preceptor is an absolute idiot who can't start an IV.", "idiot"],
    [
      "Shoutout to our 'brilliant' hospitalist who discharged a septic patient. Great job, genius.",
      "Great job, genius",
    ],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Huge thanks to Dr. Patel for staying late to teach our residents.",
    "Dr. Harris performed her 1,000th robotic case today!",
    "Our charge nurse Brenda just won the Daisy Award.",
    "The worst storm of the year, and Dr. Lee still made it in. Hero.",
    "Welcome Dr. Raman to our team. The parking situation is terrible, sorry in advance.",
    "Dr. Lee shared a great charting hack with the residents.",
    "Dr. Patel is a genius with ultrasound.",
    "Dr. Kim worked the worst shift of the year and still smiled.",
    "Dr. Lee had a terrible week, send her some love.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("names the colleague in the message", () => {
    expect(findingsOf(RULE, "Dr. Moore screwed up another lap chole.")[0]?.message).toContain("Dr. Moore");
  });
});

describe(`${RULE}: rankings, departments and verdicts a sentence or two later`, () => {
  it.each([
    ["Dr. Grant is the least qualified surgeon I've had the displeasure of working with.", "least qualified"],
    ["Dr. Reyes threw a temper tantrum in the OR again because the music was wrong.", "temper tantrum"],
    ["Sarah from pharmacy lost my order again. Sarah is the problem.", "Sarah is the problem"],
    ["Nurse Jackie never turns anyone. Patients get bedsores on her watch. Disgraceful.", "Disgraceful"],
    ["Shoutout to Dr. Vance for making three nurses cry this week.", "making three nurses cry"],
    ["The ortho resident (you know who you are) is a walking malpractice suit", "walking malpractice"],
    ["Pharmacist Greg rejected my order for the 4th time today. Power trip much?", "Power trip"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Dr. Patel explained that sodium is the problem in most heart failure readmissions.",
    "Dr. Lee, our pediatrician, saw a toddler with croup today and was amazing with him.",
    "Kevin from IT is the reason our go-live went smoothly.",
    "Our radiology group read 2,000 studies this month. Incredible team.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: British titles, roles before a name, idioms and follow-up sentences`, () => {
  it.each([
    ["theatre with Mr Okafor today. absolute butcher, I'd not let him near my dog", "butcher"],
    ["Sister Quinn on nights again. she has it in for me, swear down", "has it in for me"],
    ["nurse manager dave approved my leave then cancelled it. two-faced as they come", "two-faced"],
    [
      "our new registrar couldn't intubate a mannequin if his life depended on it",
      "couldn't intubate a mannequin if his life depended on it",
    ],
    ["our locum Priya is sooo slow, 40 minutes per patient", "sooo slow"],
    [
      "the GP practice across town sent us the wrong bloods again. Did you even look? Clowns, the lot of them.",
      "Clowns",
    ],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "The Clowns' float at the charity parade was sponsored by our attending Dr. Ito!",
    "Mr Patel, our practice manager, sorted the rota in a day. Legend.",
    "charge nurse tonight is amazing, she covered every break",
    "Sister Ruth taught me to cannulate 20 years ago. Still the best.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: a named colleague mistreating staff, and sarcastic praise`, () => {
  it.each([
    ["Dr. Whitfield yelled at the new grads during rounds again", "yelled at the new grads"],
    ["our charge nurse berated a student in the hallway today", "berated a student"],
    ["Dr. Osei threw a retractor at the scrub tech. Stay classy.", "threw a retractor at the scrub tech"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Dr. Patel calmly talked a screaming toddler through his lac repair today",
    "our charge nurse yelled at everyone to clear the hallway for the trauma, and it worked",
    "Dr. Mensah was so patient with the students today",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: more put-down nouns`, () => {
  it("flags a named colleague called a menace", () => {
    expect(flaggedWords(RULE, "Dr. Voss is a menace with a scalpel, ask anyone in theatre")).toContain("a menace");
  });
});

describe(`${RULE}: sarcasm with an eye-roll or scare quotes`, () => {
  it.each([
    "Dr. Patel in cardiology takes every Friday off for 'admin'. must be nice 🙃",
    "funny how Dr. Moore's patients all end up needing a second surgery. great surgeon 🙃",
    "Nurse Kelly on nights is always 'on break' when the call lights go off. must be nice 🙄",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each([
    "Congrats to Dr. Moore on 20 years of service! Must be nice to finally retire 😄",
    "Dr. Okafor is a great surgeon and an even better teacher. Lucky to train with her.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: in Spanish`, () => {
  it.each([
    "El enfermero Marcos es un inútil, otra vez no pasó la guardia",
    "la doctora Ruiz es una incompetente, nadie la aguanta",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each(["La enfermera Lucía es la mejor, gracias por todo 💙"])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: "not to be let near" verdicts and verdicts after one-word beats`, () => {
  it.each([
    ["Dr. Okafor should not be let near a central line ever again.", "not be let near"],
    ["Nurse Dana on nights charts nothing. every. single. shift. learn to do your job", "learn to do your job"],
    ["Our attending is a complete dinosaur about pain control.", "complete dinosaur"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Dr. Okafor brought a dinosaur cake for the peds ward party!",
    "Nurse Dana taught me to do my job with confidence. Forever grateful.",
    "Residents should not be let near the coffee machine before 6am, says Dr. Lee, who drinks it all 😂",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: sarcastic thanks and Tagalog put-downs`, () => {
  it.each([
    "big thanks to Nurse Pilar for once again leaving me four undone IV changes at handover. thanks babe 🙃",
    "Si Nurse Rowena na naman, late tapos galit pa. kapal ng mukha 🙄",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each(["Thanks so much to Nurse Pilar for covering my shift on Sunday, you're a star 💕"])(
    "leaves %j alone",
    (text) => {
      expect(findingsOf(RULE, text)).toEqual([]);
    },
  );
});
