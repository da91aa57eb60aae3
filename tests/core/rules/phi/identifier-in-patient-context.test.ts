import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";
import type { CheckContext } from "../../../../src/core/types";

const RULE = "phi/identifier-in-patient-context";
const flagged = (text: string, context: CheckContext = {}) =>
  check(text, context)
    .findings.filter((finding) => finding.rule === RULE)
    .map((finding) => text.slice(finding.start, finding.end));

describe(RULE, () => {
  it.each([
    ["pt's daughter can be reached at 312-555-0188", "312-555-0188"],
    ["pt's mom number: 2 1 4 5 5 5 0 1 3 7, she wants an update", "2 1 4 5 5 5 0 1 3 7"],
    ["pt SSN 123-45-6789 was on the fax cover sheet", "123-45-6789"],
    ["pt says last 4 of her social is 7731", "7731"],
    ["mrn# 00938271 has two charts again", "00938271"],
    ["Medicaid ID 9876543210A for the pt in bay 4 doesn't work", "9876543210A"],
    ["pt's zip is 02139 and address 77 Mass Ave", "77 Mass Ave"],
    ["the guy who crashed on Route 9 this morning is in our trauma bay", "Route 9"],
    ["pt email is bjones77@gmail.com, she wants her records", "bjones77@gmail.com"],
    ["license plate 7KQR482 is in the ambulance bay, it's the dialysis pt's son", "7KQR482"],
    ["pt's pacemaker serial PJN884201H is on the recall list", "PJN884201H"],
    ["the pt in 22 is streaming from 73.162.41.205 on guest wifi", "73.162.41.205"],
    ["acct# 5520197733, the lady got billed twice for one ER visit", "5520197733"],
    [
      "the guy we pulled from the wreck kept repeating his cdl number, four four one, two nine nine oh",
      "four four one, two nine nine oh",
    ],
    ["we keep getting sent to 31 aspen ct, same gentleman, same fall", "31 aspen ct"],
    ["her telehealth kept dropping, her ip was 71.204.18.6 per the log", "71.204.18.6"],
    [
      "pt's mom left her number, call her at five oh three, five five five, oh one one two",
      "five oh three, five five five, oh one one two",
    ],
    ["code 3 to a rollover on route 9, driver was pinned for an hour", "route 9"],
    ["she lives off pine hollow rd and walked in with a broken wrist", "pine hollow rd"],
    ["the subscriber ID on his humana card is 4410 2291 07 and it keeps failing", "4410 2291 07"],
    ["pt wants her refills sent to the cvs in 85004, she moved in with her son", "85004"],
    ["second overdose call in 44105 tonight, same house", "44105"],
    ["the climber who fell at Devil's Tower is out of surgery", "Devil's Tower"],
  ])("flags the identifier in %j", (text, identifier) => {
    expect(flagged(text)).toContain(identifier);
  });

  it.each([
    "Get your flu shot! Call (555) 310-2200.",
    "Join us for a free diabetes class at 800 Main Street, Suite 100.",
    "email questions about the residency program to gme@riversidehealth.org",
    "Our walk-in clinic on Route 9 is open until 9pm tonight.",
    "We're sorry to hear that. Please contact our patient advocate at 555-310-2250.",
    "Free flu shots this Friday 3pm at our Main St station, bring the family!",
    "Traffic on hwy 64 is backed up tonight, drive safe out there",
    "reminder: flu shots for staff in room 204 this week, 7a-7p",
    "Dr. Ng in room 3 is giving a talk on stroke at noon, free lunch",
  ])("leaves the organization's own details alone: %j", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("never flags the organization's phone, address or domain from policy, even next to a patient", () => {
    const org = { phones: ["(555) 310-2200"], addresses: ["12 Elm Street"], domains: ["elmclinic.org"] };
    const text = "Our patient can call 555-310-2200 or visit 12 Elm Street or elmclinic.org/forms";
    expect(flagged(text, { org })).toEqual([]);
    expect(flagged(text)).not.toEqual([]);
  });

  it("offers a replacement for the number", () => {
    const finding = check("pt's cell is 617-555-0142").findings.find((candidate) => candidate.rule === RULE);
    expect(finding?.suggestion).toBe("[phone removed]");
    expect(finding?.message).toMatch(/phone number/);
  });
});

describe(`${RULE}: personal numbers and places in posts about care`, () => {
  it.each([
    ["hatchback with rego PLT-552 needs moving from the ambulance bay, his wife is in resus with him", "PLT-552"],
    ["admitted a trucker last night, his CDL is on the sheet, K7719204", "K7719204"],
    ["one of my patients lives in 30318 and the nearest clinic is 2 hours away", "30318"],
    ["fifth kid this week w the same cough, all from 60629", "60629"],
    ["bed four keeps pressing the call bell, send help", "bed four"],
    ["billing pls look at acct 11-4420-7781, the family paid after the funeral", "11-4420-7781"],
    // A room, a home address or a ZIP in a sentence about illness or a call.
    ["Bed 12 on the step-down unit is finally off the bipap and eating toast", "Bed 12"],
    ["ambulance out to 27 Quarry Lane again tonight, second fall since Sunday, won't go to a home", "27 Quarry Lane"],
    ["three asthma admits overnight, two out of 48205, air quality is awful", "48205"],
    // Record numbers as other hospitals write them.
    ["found a discharge letter in the car park, hosp no. M2290417 on it", "M2290417"],
    // A licence named, and a licence-shaped number further on.
    [
      "the lorry driver in resus wants his licence back from the police, it's JONES804129AB7CD on the card",
      "JONES804129AB7CD",
    ],
    [
      "admitted a biker whose licence fell out of his jacket in the ambulance. W-2210-5518-7734, someone bag it",
      "W-2210-5518-7734",
    ],
    // A named place where an emergency happened or where a cluster of patients came from.
    ["Pulled a man out of the surf just outside Bondi this arvo, CPR on the sand, he's in the ICU now", "Bondi"],
    ["four kids with the same rash this week, all from the splash pad out past Greenvale", "Greenvale"],
  ])("flags %j", (text, value) => {
    expect(flagged(text)).toContain(value);
  });

  it.each([
    "Presenting our sepsis bundle data at the conference in Denver next week, so nervous",
    "Flu admissions across Marion County are up 30% on last winter, please get your shot",
    "Happy 5th birthday to our mobile dental van, which has served 9,000 patients across Lake County!",
    "my license renewal number is RN 5512093, finally done!",
    "Staff meeting in room 3 at 7 today, pizza after",
    "Free blood pressure checks this week at the fire station, 88 Mill Road, come say hi",
    "Charge nurse life on 5 East: the best team and the worst coffee",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: numbers and places from outside the US, and whose they are`, () => {
  it.each([
    ["pt called about her warfarin dose. her number is 07811 402 339 if pharmacy wants to ring back", "07811 402 339"],
    ["Mrs Okafor's home fax is 0113 496 0021, the oxygen order keeps bouncing", "0113 496 0021"],
    ["community nurse run: Mr Pryce at CF10 3AT has a new leg ulcer dressing", "CF10 3AT"],
    [
      "one of our patients dropped his driving licence 55-120-981 in the car park, please call the front desk",
      "55-120-981",
    ],
    ["her patient portal account logged in from 192.0.2.44 twelve times overnight", "192.0.2.44"],
    ["an elderly patient rang about a scam. Her account showed logins from 192.0.2.91 all week.", "192.0.2.91"],
    ["Mrs Doyle (91) is going home to Ballyhaunis after her hip surgery", "Ballyhaunis"],
    ["2nd visit this week to 12 Larch Close for the same leaking catheter", "12 Larch Close"],
    ["the gofundme for our pt is gofundme.com/f/help-rosa-walk, please share", "gofundme.com/f/help-rosa-walk"],
  ])("flags %j", (text, value) => {
    expect(flagged(text)).toContain(value);
  });

  it.each([
    "Room 12 is booked for Thursday's first aid class! Register at the link in bio",
    "Free blood pressure checks at our Main St pharmacy, 14 Elm Grove, this Saturday",
    "HIPAA reminder: 'the 60yo in bed 7 with the fungating wound' is still PHI if anyone can work out who it is.",
    "Heading to Lisbon for the nursing informatics conference next week!",
    "Call our surgery on 01632 960 331 to book your flu jab",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: countries, furnished rooms and a new hire's last employer are nobody's PHI`, () => {
  it.each([
    "As a nurse trained in Nigeria, I learned that families stay at the bedside all day with the sick.",
    "Our new cardiologist comes to us from Mass General and has a research interest in heart failure.",
    "Bed 14 has new curtains and a recliner for parents staying overnight, donated by our auxiliary",
    "Room 210 was renovated over the summer with new lighting for visitors",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ["the grumpy gramps (97!!) in 6C finally let me change his dressing", "6C"],
    ["bed 9 just got new pain meds and finally slept", "bed 9"],
    ["We admitted her at 3am. Her son wrote his number on the whiteboard by her bed: 07700 900123.", "07700 900123"],
  ])("flags %j", (text, identifier) => {
    expect(flagged(text)).toContain(identifier);
  });
});

describe(`${RULE}: a private person's free-mail address or social profile in a patient post`, () => {
  it.each([
    ["pts daughter keeps asking us to send his labs to jmoreno.77@yahoo.com, can we?", "jmoreno.77@yahoo.com"],
    [
      "one of our long-term rehab patients posts her progress on instagram.com/walkagain.tess",
      "instagram.com/walkagain.tess",
    ],
  ])("flags %j", (text, identifier) => {
    expect(flagged(text)).toContain(identifier);
  });

  it.each([
    "Flu shots are in! Questions? Email frontdesk.maplewood@gmail.com or call us.",
    "Portal down today; patients can email us at help.desk.clinic@outlook.com meanwhile",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: care told without a patient word`, () => {
  it.each([
    [
      "little guy from Maple Ridge Middle School came in w/ a broken wrist after the class trip",
      "Maple Ridge Middle School",
    ],
    ["his son keeps asking us to fax his dad's discharge papers to 604-555-0144, no release on file", "604-555-0144"],
    ["the resident in 221C needs her daughter called at 250-555-0190 before 5", "221C"],
    ["please pray for patient UHID 20190077412, a young father with dengue shock", "20190077412"],
    [
      "paramedics back at 9 Rue des Lilas, apt 4 for another fall tonight, she just wants company",
      "9 Rue des Lilas, apt 4",
    ],
    ["Our home-care client in H0H 0H0 hasn't been seen in a month, any nurse covering the area?", "H0H 0H0"],
  ])("flags %j", (text, value) => {
    expect(flagged(text)).toContain(value);
  });

  it.each([
    "Huge thanks to the evening team on 6 North - Priya, Dele and Marco - for staying late through the storm",
    "Call to book your flu shot: 604-555-0100",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: rooms, stations and visits`, () => {
  it.each([
    ["Mr. Haddad from bed no. 14 finally passed urine after his catheter came out", "bed no. 14"],
    ["our CKD pt at infusion chair 6 brought cake for the whole team again", "infusion chair 6"],
    ["WHO MOVED MR. OKAFOR'S COMMODE? HE IS IN 12C AND CAN'T REACH THE CALL BELL", "12C"],
    [
      "First visits of the day start at 9 Hawthorn Close, my sweet gent on home oxygen always has biscuits",
      "9 Hawthorn Close",
    ],
    ["our clinic's only ALS patient from ZIP 59301 drives three hours for her infusions", "59301"],
    ["Had a kid from Pinecrest Middle School in for a concussion after the game last night", "Pinecrest Middle School"],
  ])("flags %j", (text, value) => {
    expect(flagged(text)).toContain(value);
  });

  it.each([
    "room 618 has the best sunset view in the whole building. night shift perks",
    "Bed 12 on our stroke unit is now a dedicated bariatric bed with a ceiling lift, thanks to our donors!",
    "Bay 4 is being refurbished this week, so admissions go to the side rooms",
    "mock code on 5 North went great, our sim patient in bed 2 did not survive round one",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
