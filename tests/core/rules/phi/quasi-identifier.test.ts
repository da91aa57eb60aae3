import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "phi/quasi-identifier";
const severityOf = (text: string) => check(text).findings.find((finding) => finding.rule === RULE)?.severity;

describe(RULE, () => {
  it.each([
    "Middle-aged guy in our ED tonight with a fishhook through his eyelid. Only in Montana!",
    "Had a 6 year old with a fishing hook through his lip at the lake tonight.",
    "Lady in her 80s in our ED today after being struck by lightning while gardening.",
    "Man walked into our small-town ER Saturday with a nail in his skull.",
    "the teen who collapsed at the water park this afternoon around 3 is stable now",
    "pt came over from the detention center at 4am in cuffs, kindest guy all week",
    "delivered a baby for a 47 yo tonight after years of ivf, absolute warrior",
    "the 6 ft 8 guy who came in at 2am did not fit on our stretcher lol",
    "2am wreck at the only gas station in town, everyone walked away",
    "the man who fell off the silo at the co-op this morning is stable",
    "we delivered a baby in the back of an uber outside the walmart at 3am, both doing great",
    // A small place alone, and an exact age on a given day.
    "only gp for 90 km and I just diagnosed a young farmer with hep c, you all know who you are",
    "the 27 yo I saw this morning with the perforated ulcer after the bachelor party weekend. please drink water",
  ])("warns on %j", (text) => {
    expect(severityOf(text)).toBe("medium");
  });

  it.each([
    "Lost a patient today. Hug your people.",
    "Rattlesnake bites peak in summer: keep hands out of woodpiles.",
    "Busy night in our ED tonight, grateful for my team.",
    "Free stroke screening this Saturday 9am at our Oak St station, CPR demos too!",
    "Our farmers market booth is open Saturday 8am, come say hi to the nurses",
    "Growing up in a small town taught me to listen before I prescribe.",
  ])("leaves %j alone", (text) => {
    expect(severityOf(text)).toBeUndefined();
  });
});

describe(`${RULE}: rarity, small places and days`, () => {
  it.each([
    "Our youngest ever stroke patient this week: a 22-year-old who collapsed on the tennis court.",
    "delivered twins at our tiny county hospital last night, first in 15 years",
    "the kid who fell off the barn roof yesterday is doing fine, thanks to everyone in town asking",
    "saw my first 9yo with a bowel obstruction from magnets today",
    "Delivered a set of triplets this morning. Mum and all three babies stable.",
  ])("warns on %j", (text) => {
    expect(severityOf(text)).toBe("medium");
  });

  it("leaves a tribute to a colleague's career alone", () => {
    expect(
      severityOf("Our founder Dr. Alma Reyes retired after delivering 4,000 babies in this town over 40 years."),
    ).toBeUndefined();
  });
});

describe(`${RULE}: a recurrence counted in years`, () => {
  it("warns on an exact age with a third event in two years", () => {
    expect(severityOf("Saw a 31-year-old in our clinic today with a collapsed lung, her third in two years.")).toBe(
      "medium",
    );
  });
});

describe(`${RULE}: small places said other ways`, () => {
  it.each([
    "In a village this small the whole street heard before the ambulance left. 41 years old, first heart attack.",
    "only practice nurse on an island of 600 and a Year 8 faints in assembly with her first period",
    "a dairy farmer from a tiny hamlet came in with ringworm he caught off his calves",
    "Our little town has one pub and tonight we had our first snake bite of the summer through the ED",
    "Sunday market, the woman I'd given CPR to in the car park last month came over to thank me",
    "saw a man in his 50s today with confirmed rabies exposure, yes really",
  ])("warns on %j", (text) => {
    expect(severityOf(text)).toBe("medium");
  });

  it.each([
    "PSA for new grads: 'the 52yo in bay 4 with the weird tattoo infection' is still PHI if anyone can guess who it is.",
    "Five years ago today I started as a student nurse on a renal ward in Dundee, terrified. Tonight I start as charge nurse.",
  ])("leaves a privacy lesson or the poster's career alone: %j", (text) => {
    expect(severityOf(text)).toBeUndefined();
  });

  it("leaves the poster's family care at a named hospital alone", () => {
    expect(
      severityOf("My mum had her knee done last week and the ward staff at St Ita's were brilliant"),
    ).toBeUndefined();
  });
});

describe(`${RULE}: a community role, a tiny hospital, the only one in the valley`, () => {
  it.each([
    "Thinking of the Friday night crossing guard who got a tough diagnosis in oncology today.",
    "The town librarian went into labor in our parking structure and delivered before we got the gurney out!",
    "a 19 y/o with her third ectopic this year at our little rural hospital. everyone in this town is going to know",
    "The only insulin pump kid in our whole county came in for a site change, he's 8 and a total pro",
    "Teen came in at 3am after falling from the railway bridge, he's going to be fine",
  ])("warns on %j", (text) => {
    expect(severityOf(text)).toBe("medium");
  });

  it.each([
    "Our school nurses are amazing: thank you for keeping kids healthy this year!",
    "Reminder: the parking structure is closed for repairs on Tuesday.",
  ])("leaves %j alone", (text) => {
    expect(severityOf(text)).toBeUndefined();
  });
});

describe(`${RULE}: a regular's standing appointment`, () => {
  it("warns on a patient who comes at the same hour every week", () => {
    expect(severityOf("the gentleman who gets his B12 shot every Monday at 9am brought us tamales again 🫔")).toBe(
      "medium",
    );
  });

  it("leaves the clinic's own schedule alone", () => {
    expect(severityOf("Walk-in flu shots every Monday at 9am through November!")).toBeUndefined();
  });
});

describe(`${RULE}: a day's tally and money are no patient's details`, () => {
  it.each([
    "our tiny rural clinic in a village of 600 gave 140 flu shots yesterday!",
    "The province announced $25M for small-town ER staffing today. About time.",
  ])("leaves %j alone", (text) => {
    expect(severityOf(text)).toBeUndefined();
  });

  it("still flags one person's story in a small town", () => {
    expect(severityOf("our little ED in a town of 900 saw a farmer yesterday who lost two fingers to an auger")).toBe(
      "medium",
    );
  });
});

describe(`${RULE}: a street emergency, a minor's pregnancy`, () => {
  it.each([
    "took the saturday night hit and run from outside the truck stop on the bypass. he'll live.",
    "a 13 yo at our school clinic is pregnant and the whole class already knows",
  ])("flags %j", (text) => {
    expect(severityOf(text)).toBe("medium");
  });

  it("leaves public-health teaching about teen pregnancy alone", () => {
    expect(severityOf("Teen pregnancy rates in our county fell 30% since 2015. Sex ed works.")).toBeUndefined();
  });
});
