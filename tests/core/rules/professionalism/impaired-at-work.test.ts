import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/impaired-at-work";

describe(RULE, () => {
  it.each([
    ["hungover and on call, pray for my patients lol", "hungover"],
    ["Still a little drunk from last night and my shift starts in 2 hours", "drunk"],
    ["Took two edibles before clinic", "edibles"],
    ["Charting while tipsy is a skill", "tipsy"],
    ["Nothing like a few shots before rounds", "few shots"],
    ["Came to work still drunk from my birthday", "drunk"],
    ["Charting drunk again tonight lol", "drunk"],
    ["Wine o'clock in the call room tonight", "Wine"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "On call tonight, so it's sparkling water for me at the party.",
    "Drunk driving kills. Our trauma team sees it every weekend.",
    "Post-call nap followed by a glass of wine. Earned it.",
    "Day off, two beers and a baseball game.",
    "We wasted an hour at work on a broken printer.",
    "Another drunk guy crashed his scooter; sewing faces on night shift.",
    "Wine after a long shift is the best.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: drinks on the premises, call and the first patient`, () => {
  it.each([
    ["shift's over, wine in the break room before the drive home", "wine"],
    ["took an edible before my home call shift, what could go wrong", "edible"],
    ["still a little buzzed from the wedding and my first patient is in 20 min", "buzzed"],
    ["two glasses of wine at dinner and now I'm first call for the night", "wine"],
    ["blacked out last night and now I'm precepting a new grad at 7", "blacked out last night"],
    ["did a whole appy still kinda drunk from the night before", "drunk"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Happy hour beers with the team, pager's off for once",
    "Wine night after a long week. Off call all weekend",
    "Never drink before a shift. Your patients deserve a clear head.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: sedatives, "high", drinks by the glass and falling asleep at the bedside`, () => {
  it.each([
    ["popped an ambien at 9 and now I've been called in for a stat case", "ambien"],
    ["took two nyquil for this cold, on call till 8am, wish me luck", "nyquil"],
    ["kinda high rn and charting from home, send help", "high"],
    ["four pints of cider before the theatre list, living dangerously", "pints"],
    ["still proper tipsy from the wedding, ward round in 10", "tipsy"],
    ["dozed off mid sentence while giving handover again", "dozed off mid"],
    ["no sleep in 2 days and I almost gave the wrong patient their insulin", "almost gave"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "His sugar was high, so we started an insulin drip on the ward.",
    "Dose too high? Call pharmacy before the ward round.",
    "Benadryl is not a sleep aid for kids. Talk to your clinic.",
    "She fell asleep while we were suturing her lac. Best local anesthetic ever.",
    "On call tonight, so it's sparkling water for me at the holiday party 🥂",
    "High risk clinic all morning, then theatre.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: any drink, any count, any sedating drug, any work event`, () => {
  it.each([
    ["first call tonight and halfway through a bottle of malbec, pray for me", "malbec"],
    ["two pints down and the pager just went off", "pints"],
    ["on call and 4 beers deep, nobody code please", "beers"],
    ["sipping bourbon at the nurses station, don't tell anyone", "bourbon"],
    ["popped a norco before the safety huddle, my back is wrecked", "norco"],
    ["took half a klonopin before my case presentation at grand rounds", "klonopin"],
    ["took a xanax before handover because the night was that bad", "xanax"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "2 glasses of water down and still dehydrated on shift",
    "pt took her oxycodone before the procedure and slept through it",
    "we gave him ativan before the MRI and he finally settled on the unit",
    "for the sake of my sanity I'm leaving the unit on time tonight",
    "truly exhausted at work today",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: recreational drugs and slang, never the measure or the patient`, () => {
  it.each([
    ["had a joint in the parking garage before my shift", "a joint"],
    ["still crossfaded from the wedding and rounding in an hour", "crossfaded"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Staff meeting today: 2 pints of ice cream and a lot of laughs",
    "hung 2 pints of blood on my shift and she pinked right up",
    "Took a melatonin after my night shift so I can sleep through the day",
    "our census tanked this week so they floated me to the unit",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: any hangover or drink, and any place or task of the working day`, () => {
  it.each([
    "bit hungover after the wedding yesterday but the ICU doesn't run itself",
    "nursing a killer hangover on my first night shift in the ED, send coffee",
    "lowkey still tipsy from brunch mimosas and I have a colonoscopy list at 2",
    "so hungover and about to do my first solo lumbar puncture 😬",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it.each([
    "the ED sees a lot of hungover students after freshers week, please look after each other",
    "reminder: if you're hungover, hydrate. alcohol dehydrates you. #publichealth",
    "the holiday party was so much fun! see everyone on the unit Monday 🎄",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: questions to the reader and events announced`, () => {
  it.each([
    "Hungover? It's not a medical emergency, please don't come to A&E for it 😅",
    "Wine and cheese evening for retired nurses at the clinic hall on Sunday 🍷",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("still flags the poster's own question about being hungover at work", () => {
    expect(findingsOf(RULE, "am I too hungover to run the clinic list today?")).toHaveLength(1);
  });
});

describe(`${RULE}: someone else's drinking, as a history taken at work`, () => {
  it.each([
    "Patients on the ward always underestimate how much they drink, so ask twice at admission.",
    "Night shift tip: screen for drinking in every patient over 65 with a fall.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it.each(["On call tonight and I've been drinking since 6, pray for me"])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });
});

describe("professionalism/impaired-at-work: drinks, then work", () => {
  it.each([
    "had 4 pints then got paged in for a lap appy, hope the hands hold up lol",
    "might have had two glasses of prosecco before they called me in for a delivery",
    "still hungover from the christmas do and seeing pts all morning, send help",
  ])("flags %j", (text) => {
    expect(findingsOf("professionalism/impaired-at-work", text)).toHaveLength(1);
  });

  it.each([
    "had 2 glasses of wine then called in sick, I was not going to work like that",
    "If you've had a few drinks before your shift, you are not fit for work. Call it in.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf("professionalism/impaired-at-work", text)).toEqual([]);
  });
});
