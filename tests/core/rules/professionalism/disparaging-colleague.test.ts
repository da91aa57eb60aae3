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
