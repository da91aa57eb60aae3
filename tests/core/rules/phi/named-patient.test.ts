import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";

const RULE = "phi/named-patient";
const flagged = (text: string) =>
  check(text)
    .findings.filter((finding) => finding.rule === RULE)
    .map((finding) => ({
      text: text.slice(finding.start, finding.end),
      severity: finding.severity,
      category: finding.category,
    }));

describe(RULE, () => {
  it.each([
    ["pt Amy Ortiz keeps asking for her daughter", "Amy Ortiz"],
    ["Just admitted Mrs. Alvarez to 4 West with a hip fracture", "Mrs. Alvarez"],
    ["Gomez, Maria is back on the unit with pancreatitis", "Gomez, Maria"],
    ["The Nguyens brought donuts after their son's appendectomy", "Nguyens"],
    ["My patient Carlos finished chemo today!", "Carlos"],
    ["lol my pt priya just told me she hates the oatmeal", "priya"],
    ["J.S. in room 4 keeps pulling at his IV", "J.S."],
    ['Pt Robert "Bobby" Tran in 517 refused his meds', 'Robert "Bobby" Tran'],
    ["Pt's wife Carol keeps bringing the unit cookies", "Carol"],
    ["Baby boy Castillo born at 3:12am, mom did amazing", "Castillo"],
    ["Sending love to Ava and her family. NICU nurses, take care of yourselves tonight.", "Ava"],
    ["ông Pham in room 9 taught me to count in vietnamese", "ông Pham"],
    ["Frau Keller wants her coffee at exactly 6, every single morning on the unit", "Frau Keller"],
    ["devontae in 9A asked me to marry him lol", "devontae"],
    ["RJ in 21 keeps unplugging his pump", "RJ"],
    ["lil kenji from the burn unit went home today!!", "lil kenji"],
    ["rip mr. o'neill, you were the sweetest pt on our floor", "mr. o'neill"],
    ["Praying for Dashawn Miller, 14, the cyclist we transported last night", "Dashawn Miller"],
  ])("flags the patient's name in %j", (text, name) => {
    const found = flagged(text);
    expect(found.map((finding) => finding.text)).toContain(name);
    expect(found[0]?.severity).toBe("high");
  });

  it.each([
    "Welcome Dr. Raman to our cardiology team!",
    "Congratulations to Charge Nurse Tasha Williams on her DAISY award",
    "Huge thanks to Marcus, our night shift tech, for staying late",
    "Happy anniversary to my wife Sarah!",
    "Will someone please restock the gloves in the supply room",
    "Dr. Harris is presenting our sepsis data at Grand Rounds",
    "Mark your calendars: Nurses Week starts May 6",
    "The ED at St. Mary's is on diversion tonight",
    "Skip the ER for minor cuts: our urgent care is open until 10pm.",
    "Celine Dion opening up about stiff person syndrome is raising awareness of a rare disease.",
    "Welcome to the world, baby Noah! Congrats to our own NICU nurse Kayla and her husband Ben on their new son",
    "Sarah in 4B is the best charge nurse on the floor",
    "big shoutout to tony in 5B (our unit secretary) for the snacks",
    "Don your gowns before entering isolation",
    "Meeting in 2B at noon, all staff",
    'Our CPR manikin "Gertrude" survived another skills day, the students shocked her twelve times',
    "Thank you, Garden Club of Westbrook! The NICU babies love their knitted hats",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("turns a consented, named patient into a medium consent finding with no rewrite", () => {
    const [finding] = flagged("Shared with her permission: our patient Maria Lopez beat stage 4 cancer!");
    expect(finding).toEqual({ text: "Maria Lopez", severity: "medium", category: "consent" });
  });

  it("suggests a replacement for exactly the name", () => {
    const text = "pt Amy Ortiz is asking for you";
    const finding = check(text).findings.find((candidate) => candidate.rule === RULE);
    const fixed = `${text.slice(0, finding?.start)}${finding?.suggestion}${text.slice(finding?.end)}`;
    expect(fixed).toBe("pt a patient is asking for you");
  });

  it("never flags the organization's own names from policy", () => {
    const text = "Our patient Riverside Clinic Foundation volunteers visited today";
    const org = { names: ["Riverside Clinic Foundation"] };
    expect(check(text, { org }).findings.filter((finding) => finding.rule === RULE)).toEqual([]);
  });
});

describe(`${RULE}: names after "named", "pt is" and "our girl"; businesses and colleagues`, () => {
  it.each([
    ["a 20-year-old named Tavita came in with burns to both hands", "Tavita"],
    ["pt is Anh Nguyen, can someone check her potassium", "Anh Nguyen"],
    ["our girl Marisol finally got her braces off today 🦷", "Marisol"],
    // An unknown given name something is done for, then care in the next sentence.
    ["So much love for Anouk! Her last radiation session was today and she danced out", "Anouk"],
    // "Meet" shows a name to readers; the same name again is the same person.
    ["Meet Tarek. Eight weeks after his amputation, Tarek climbed the stairs on his new leg", "Tarek"],
    ["little keanu on 3 west finally let me change his dressing without a fight", "little keanu"],
    // One or two unknown words owning care: the health word after the possessive is the evidence.
    ["can someone check on ngozi okafor's potassium, she's my aunty's friend", "ngozi okafor"],
    // A surname that is also a word, next to a hyphenated given name or an age.
    ["my patient Song Hye-jin finally walked to the window today", "Song Hye-jin"],
    ["Thanks to you, Seo-yeon Kang (age 7) got her new heart valve this spring!", "Seo-yeon Kang"],
  ])("flags %j", (text, name) => {
    expect(flagged(text).map((finding) => finding.text)).toContain(name);
  });

  it.each([
    "We share the passing of Dr. Helen Marsh, who founded our clinic. Helen died peacefully at home, surrounded by family.",
    "Huge thanks to Gino's Pizza for feeding the ICU night shift",
    "We're hiring! Friendly rural practice on the Tablelands, email careers@example.com",
    "Meet Yolanda, our front desk superstar of 14 years!",
    "Hi Maria, thanks for the kind words!",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: a traditional title`, () => {
  it("flags a titled patient on the ward", () => {
    expect(
      flagged("Chief Okafor on the private ward keeps asking for jollof. Sir, you are NPO").map((f) => f.text),
    ).toContain("Chief Okafor");
  });

  it("leaves a chart heading alone", () => {
    expect(flagged("Chief Complaint: chest pain for 3 days, classic teaching case")).toEqual([]);
  });
});

describe(`${RULE}: titles, hashtags, review replies and care words the lexicon lacked`, () => {
  it.each([
    ["Chief Adewale Bello, 94, came in for his hearing test in a full agbada", "Chief Adewale Bello"],
    ["Mr. Lindqvist's home nebuliser stopped working again, can someone call the supplier", "Mr. Lindqvist"],
    ["Big congrats to Ifeoma Nnamdi who finally took her twins home after 9 weeks in SCBU", "Ifeoma Nnamdi"],
    ["Folasade turned 2 in the PICU today and the night team made her a crown", "Folasade"],
    [
      "Thank you for the 5 stars Ravindra! So glad your new hearing aids are working after your fitting with us",
      "Ravindra",
    ],
    ["Our little warrior is home!! #PrayersForMateus #NICUgrad", "Mateus"],
    ["K.B. in 7C pressed the call bell forty times tonight", "K.B."],
  ])("flags the patient's name in %j", (text, name) => {
    expect(flagged(text).map((finding) => finding.text)).toContain(name);
  });

  it.each([
    "Kudos to our sterile services technician Pham Van Duc for finding the missing tray set",
    "Shout out to our pharmacy technician Tran Thi Hoa, who spotted a 10x error before it left the dispensary",
    "Congratulations to Sister Mary Fitzgerald on 40 years on our renal unit",
    "Say hello to Pickle, our new therapy dog on the stroke unit!",
    "the Apgar score was named after Virginia Apgar, an anaesthetist",
    "Honoured to have Health Minister Ruairi Byrne officially open our new renal unit today",
    "Great question, Amina! Adults need a tetanus booster every ten years; your own GP can advise.",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: staff spotlights, tenures and welcomes`, () => {
  it.each([
    "Employee of the Month: meet Rosalind, who has kept our patients' appointments straight since 2009!",
    "Meet Tomasz, our night-shift legend for 15 years. Patients ask for him by name.",
    "We're thrilled to welcome Kwame Asante to our oncology infusion team!",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: a name the lists lack, spoken to in a reply that confirms care`, () => {
  it.each([
    ["Temitope!! So good to see you back for your follow-up, that new knee is flying", "Temitope"],
    ["Ravindu, thanks for trusting us with your root canal, see you at your next cleaning", "Ravindu"],
    ["We're so sorry your wait was long on the day of your scan, Oisín.", "Oisín"],
  ])("flags %j", (text, name) => {
    expect(flagged(text).map((finding) => finding.text)).toContain(name);
  });

  it.each([
    "Congrats, Oakview! You earned the safety award again",
    "Thank you, Brightwater! You made our gala a success",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe(`${RULE}: the person a crew worked on`, () => {
  it("flags the name of someone a crew extricated or resuscitated", () => {
    const text =
      "Last winter my partner and I resuscitated Mrs. Ilse Brandvold on her kitchen floor. Today she sent us a card.";
    expect(flagged(text).map((finding) => finding.text)).toContain("Mrs. Ilse Brandvold");
  });
});

describe(`${RULE}: family words, team roll calls and organizations are nobody's patient name`, () => {
  it.each([
    "finally booked the flight home to Cebu to surprise my Lolo for his birthday",
    "nothing beats my Nonna's lasagna after a week of nights",
    "Shoutout to the day crew on 3 West: Imani, Rory, Beatriz and Sam, for covering every callout this month",
    "Thank you Hearts of Gold for the handmade quilts for our chemo bay!",
    "the Omnicell on our unit jams every shift and the Pyxis is no better",
    "frequent flyer points got me to Lisbon and I'm not sorry",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ["Learned so much from Mrs. Oona Feeney this month. Honored to have been her hospice nurse.", "Mrs. Oona Feeney"],
    ["Happy 101st to our favorite resident! Mrs. Ada Quinlan you light up the whole floor", "Mrs. Ada Quinlan"],
  ])("flags %j", (text, name) => {
    expect(flagged(text).map((finding) => finding.text)).toContain(name);
  });
});

describe(`${RULE}: names from many cultures, titles of respect and shouted titles`, () => {
  it.each([
    // Given names and surnames the English lists lack, from the world's name lists.
    ["Please keep Chiamaka Eze in your prayers, she was moved to the stroke unit overnight.", "Chiamaka Eze"],
    ["Nnamdi Obi from our cardiac rehab group walked his first mile today", "Nnamdi Obi"],
    // A kin word used as a title of respect for an older patient.
    ["Mama Ngozi Adeyemi finally agreed to the dialysis, long talk with her sons", "Ngozi Adeyemi"],
    ["Lola Remedios in the corner bed taught us a card game between her nebs", "Remedios"],
    // A title before a name that is also a place.
    ["Mrs. Victoria Salas walked to the nurses station with her walker today!", "Mrs. Victoria Salas"],
    // A post in capitals.
    ["WHY IS MR. OYELARAN'S CATHETER BAG ON THE FLOOR AGAIN", "MR. OYELARAN"],
    // A name written with accents the lists spell without.
    ["Seán in the side bay has outlived two of his surgeons and reminds them daily", "Seán"],
    ["Abuelita Soledad Ortiz, admitted with COPD last week, finally went home today", "Soledad Ortiz"],
    ["our PICU graduate Tomasz came back to say hi to the night team", "Tomasz"],
    // What the name was to the unit.
    ["Remember when Tadhg was our smallest NICU graduate? He starts school on Monday!", "Tadhg"],
  ])("flags %j", (text, name) => {
    expect(flagged(text).map((finding) => finding.text)).toContain(name);
  });

  it.each([
    "Ate lunch with Mama and Papa today, so good to be home after nights",
    "Baba Ganoush potluck on the unit tomorrow for the night shift",
    "Congrats to our nursing graduate Amara on passing her boards!",
    "Grainne was our charge nurse for ten years and we miss her every shift",
    "Congratulations to our charge physiotherapist Chiamaka Eze on her award from the physiotherapy association!",
    "Our new ultrasound machine arrived and the sonographers named it 'Nnamdi' already",
    "mock code on the sim lab floor: our 'patient' Resusci Anne did not make it, debrief at 3",
  ])("leaves %j alone", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
