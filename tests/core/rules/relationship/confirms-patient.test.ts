import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";
import type { Surface } from "../../../../src/core/types";

const RULE = "relationship/confirms-patient";
const confirms = (text: string, surface?: Surface) =>
  check(text, surface ? { surface } : {}).findings.some(
    (finding) => finding.rule === RULE && finding.severity === "high",
  );

describe(RULE, () => {
  it.each([
    ["@tony_b glad your knee scope went well last week! see you at your 2 week follow up", "reply"],
    ["Hi Denise, Dr. Lopez noted in your chart that you declined the extra anesthetic.", "review-reply"],
    ["According to our records you cancelled your appointment twice.", "review-reply"],
    ["@chef_marco_live came in for his cleaning today!", "post"],
    ["We're sorry your visit on Tuesday took longer than expected.", "review-reply"],
    ["It was great seeing you at your annual physical, keep up the walking.", "post"],
    ["@dave_m hope the new knee is treating you well! You were a model patient", "reply"],
    ["We're sorry your dog Max had a rough recovery after his neuter, please call us.", "reply"],
    ["@jdawson88 glad the stitches came out clean, keep it covered another week", "reply"],
    ["@mark_runs2 how's the ankle feeling after the boot came off?", "reply"],
    ["Hey Tom! Bella's teeth cleaning went great, she can go home at 4", "reply"],
    ["Hi Dana! Your new glasses are in, come pick them up anytime this week", "reply"],
    ["We hear you, but you were seen within 15 minutes of check-in according to our system.", "review-reply"],
  ] as const)("flags %j", (text, surface) => {
    expect(confirms(text, surface)).toBe(true);
  });

  it("does not need the surface to be a reply", () => {
    expect(confirms("Glad your root canal went smoothly yesterday, Ron!")).toBe(true);
  });

  it.each([
    ["Thank you for taking the time to share your feedback. Please call our office manager.", "review-reply"],
    ["Schedule your mammogram today!", "post"],
    ["Get your flu shot at our Elm Street clinic, walk-ins welcome.", "post"],
    ["Before your colonoscopy, stop eating solid food the day before.", "post"],
    ["You can view your test results in the patient portal anytime.", "post"],
    ["We're unable to discuss any individual's care online, but we'd welcome a call.", "review-reply"],
    ["Fluoride varnish cuts cavities. Ask at your child's next dental check.", "post"],
    ["I can't give advice on your husband's meds here, but raise it with his prescriber.", "reply"],
    ["So glad the new parking garage is helping! Thanks for letting us know", "reply"],
  ] as const)("leaves %j alone", (text, surface) => {
    expect(confirms(text, surface)).toBe(false);
  });
});
