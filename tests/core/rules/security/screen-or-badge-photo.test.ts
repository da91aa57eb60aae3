import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "security/screen-or-badge-photo";

describe(RULE, () => {
  it.each([
    ["Snapped a pic of the Epic screen to show this alert", "Snapped a pic of the Epic screen"],
    ["Pic of my new hospital badge on day one!!", "Pic of my new hospital badge"],
    ["Screenshot of my Epic in-basket because 214 messages", "Screenshot of my Epic"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toEqual([words]);
  });

  it.each(["First day as an RN! Nervous and excited.", "Photo of our team at the 5K!", "Our badge drive raised $500."])(
    "leaves %j alone",
    (text) => {
      expect(flaggedWords(RULE, text)).toEqual([]);
    },
  );
});

describe(`${RULE}: noun-first photos and attached photos of work screens`, () => {
  it.each([
    ["first day as an attending!! badge pic for the memories", "badge pic"],
    ["look at this gorgeous 3-monitor workstation in the reading room [photo]", "this gorgeous 3-monitor workstation"],
    ["check out our new nursing station [photo] with the census board", "the census board"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toEqual([words]);
  });

  it.each([
    "The printer ate my badge photo form again.",
    "first day badge selfie (name and barcode blurred, IT would kill me)",
    "Reminder: never post a photo of your screen or badge. [photo] of our new security poster!",
    "Swipe to see our new workstation setup, no patient data on screen 📸",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: showing it off, and selfies at the workstation`, () => {
  it.each([
    ["here's my new badge!! officially an RN 🎉", "here's my new badge"],
    ["selfie at the workstation, 3am vibes", "selfie at the workstation"],
    ["mirror pic before shift, excuse the cerner screen behind me", "excuse the cerner screen behind me"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Before you post your badge selfie, cover your badge. #infosec",
    "Here's my advice for new grads: sleep, eat, ask questions.",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: asking readers not to look closely`, () => {
  it.each([
    ["night shift views from my desk ✨ dont zoom in on the screens", "dont zoom in on the screens"],
    ["our cozy little charting corner, try not to read the whiteboard 😅", "try not to read the whiteboard"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it("leaves a zoomed-out view alone", () => {
    expect(flaggedWords(RULE, "sunrise from the helipad, don't zoom in on my tired face")).toEqual([]);
  });
});

describe(`${RULE}: a shown board with a possessive in front of it`, () => {
  it("flags a throwback photo of an old unit's board", () => {
    expect(flaggedWords(RULE, "found a pic of our old team's assignment board from 2019 📸")).toHaveLength(1);
  });

  it("leaves a throwback with no board in it alone", () => {
    expect(flaggedWords(RULE, "throwback to my first day in the new ED, so many memories 📸")).toEqual([]);
  });
});

describe(`${RULE}: any screen or monitor named in the photo`, () => {
  it.each([
    "first day with my new workstation! (pic of the charting monitors)",
    "(photo of our unit's assignment whiteboard) look at this beautiful organisation 😍",
    "my desk today (ignore the two screens of open charts)",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });
});

describe(`${RULE}: a described photo attachment`, () => {
  it.each(["officially staff!! [photo: my shiny new employee badge]", "[pic - our new census board setup]"])(
    "flags %j",
    (text) => {
      expect(findingsOf(RULE, text)).toHaveLength(1);
    },
  );

  it.each(["[photo: our team at the charity 5K]"])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: showing off a badge or screens, and blurs that do not finish the job`, () => {
  it.each([
    ["showing off my new ID badge today, photo and all", "showing off my new ID badge"],
    ["Check out the new track board in our ED! (blurred it, kinda)", "Check out the new track board"],
    ["snapped a photo of the census board at handover, names blurred lol", "snapped a photo of the census board"],
    ["photo of our new workstations by the charge desk (screens partly blurred)", "photo of our new workstations"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toEqual([words]);
  });

  it.each([
    "showing off my new stethoscope today!",
    "check out our new break room, the coffee machine finally works",
    "pic of my badge reel collection (badge itself cropped out)",
    "photo of the new census board before go-live, every field blurred",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});
