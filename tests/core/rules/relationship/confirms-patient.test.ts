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
    ["thanks for the kind words! hope those new fillings are feeling ok", "review-reply"],
    ["@runner_jay haha next time skip the trail in flip flops 😂 see ya at your recheck", "reply"],
    ["@lena.k ur brother was such a champ during his stitches, tell him hi", "reply"],
    ["Thanks Omar! Hope the new retainer is fitting ok, see you at your next check 😊", "review-reply"],
    ["@kayla.j you are the first person to ever nap through a crown prep in my chair lol", "reply"],
    // What happened to the person replied to during their care, or what comes next for them.
    ["@sam_rides haha u were hilarious coming round from the anaesthetic, hope the wrist is ok", "reply"],
    ["@mo.k you did so well during your colonoscopy, dont let anyone tell you otherwise", "reply"],
    ["@lucy.b sutures out in 7 days, and stop scratching them!!", "reply"],
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
    ["see u at the conference next week!! 🎉", "reply"],
  ] as const)("leaves %j alone", (text, surface) => {
    expect(confirms(text, surface)).toBe(false);
  });
});

describe(`${RULE}: greetings, handles and what the clinician did`, () => {
  it.each([
    "Hi Tomas, we checked your daughter's file and the balance is cleared.",
    "@lena.k so good seeing you and the kids for flu shots today!",
    "@jm_runner your surgeon reviewed the scans with you last week, please call us",
    "when @big_mike_lifts comes in for his stitches and charms the whole front desk",
    "Full veneers on the lovely @sara.smiles, 3 weeks healed and glowing",
    // A tagged handle next to someone's own visit.
    "guess who popped in today for a check on that ankle 🙌 @jo.runs.far",
    "@twinmama_bex was in for her 32 week scan and both babies are perfect",
  ])("flags %j", (text) => {
    expect(confirms(text)).toBe(true);
  });

  it.each([
    "Hi Maria, thanks for the kind words!",
    "Hi Devon, ask your doctor about the flu shot this fall.",
    "Huge thanks to @nurse.ana for covering, the lady who came in for her scan never even noticed the swap",
  ])("leaves %j alone", (text) => {
    expect(confirms(text)).toBe(false);
  });
});

describe(`${RULE}: a colleague's own work`, () => {
  it("leaves a message about a colleague's new clinic alone", () => {
    expect(confirms("Hey Priya, would love to grab lunch and hear about your new clinic.", "message")).toBe(false);
  });
});

describe(`${RULE}: care done to a handle, and recognising one's patient`, () => {
  it.each([
    ["Loved fitting @maya.sings with her new custom earplugs after the audiology check today"],
    ["@corkmum_2 that was me who delivered your little one!! so glad ye are well"],
    ["wait that's my patient in the background of this video lol, she had her 6 week check yesterday"],
    ["Hi Ana, thanks for the review! The team loved having you in for your embryo transfer"],
  ])("confirms in %j", (text) => {
    expect(confirms(text)).toBe(true);
  });
});

describe(`${RULE}: the poster's side of the care, said to the person replied to`, () => {
  it.each([
    ["@walt.runs2 the whole cardiac rehab crew misses you on the bikes, we miss u at the rehab gym!!", "post"],
    ["@jo_swims best hand therapy patient ever, so proud of you", "post"],
    ["glad u r feeling so much better after that a&e visit, finish the antibiotics!", "reply"],
    ["so sorry the numbing wore off on the drive home! totally normal", "reply"],
    ["Guess who we got to meet in recovery tonight 👀 congrats @mila.rae and her hubby on baby #2!", "post"],
  ])("confirms %j", (text, surface) => {
    expect(confirms(text, surface as Surface)).toBe(true);
  });

  it.each([
    ["@walt.runs2 we miss you at the Saturday parkrun, come back soon!", "post"],
    ["Best teammate ever, thanks for covering my shift!", "reply"],
  ])("leaves %j alone", (text, surface) => {
    expect(confirms(text, surface as Surface)).toBe(false);
  });
});
