import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "professionalism/derogatory-language";

describe(RULE, () => {
  it.each([
    ["Our frequent flyer is back for the fourth time this month.", "frequent flyer"],
    ["Another drug-seeker demanding dilaudid by name", "drug-seeker"],
    ["Some of these patients are absolute idiots.", "idiots"],
    ["Had to deal with a real nutjob today.", "nutjob"],
    ["So gross. The wound had maggots.", "So gross"],
    ["These people don't take their meds and then act shocked.", "These people"],
    ['Half the "seizures" tonight were fake.', '"seizures"'],
    ["Day shift handed me a train wreck of a patient.", "train wreck"],
    ["Honestly some of these patients are so dumb it's scary", "dumb"],
    ["that pt was such a whiner", "whiner"],
    ["GOMER season in the ED again", "GOMER"],
    ["The seekers have found the new doc", "seekers"],
    ["Bed is free now, the gorked guy went to hospice", "gorked"],
    ["Laughing so hard at the guy who came in with a bottle stuck", "Laughing so hard at the guy"],
    ["Honestly the stupidity of some patients never ceases to amaze me", "stupidity"],
    ["Sick of these addicts clogging up the ED every weekend", "Sick of these addicts"],
    ["#frequentflyer back again, loyalty card time 😂", "frequentflyer"],
    ["Bed 6 is a proper nutter tonight", "proper nutter"],
    ["another 'allergic to everything except dilaudid' patient", "allergic to everything except dilaudid"],
    ["When the 400 lb patient asks for a second dinner tray 😂", "400 lb patient"],
    ["ever wanted to slap a patient's family member?", "slap a patient's family member"],
    ["Like I personally run Aetna, you absolute donkey.", "you absolute donkey"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "Frequent flyer miles finally paid off: off to the nursing conference!",
    "Drug-seeking behavior is often untreated pain. Our new pathway helps.",
    "Crazy busy day, but my team was incredible.",
    'Stop calling patients "frequent flyers". They usually have unmet needs.',
    "Dumb question maybe, but does anyone have a mnemonic for the cranial nerves?",
    "Night shift crew are the real MVPs. Love these people!",
    "Idiot-proof your med reconciliation with three checklists.",
    "Train wreck of a week, but our team held it together.",
    "Addiction is a disease, not a choice. Stop calling people junkies.",
    "Gross anatomy lab is done, week 1 of med school!",
    "This printer is so stupid.",
    "Job seekers: our career fair is Thursday.",
    "Lazy Sunday with the kids after a long week of nights.",
    "Patients are entitled to a copy of their records within 30 days.",
    "Nuts and seeds make great snacks for kids.",
    "The circus is in town! Bring the kids to our booth.",
    "Kids act out for attention; here is how parents can respond.",
    "Stop calling 911 for rides? No: call us whenever you need us.",
    "Lost 100 lbs this year 😂 proud of myself",
    "You absolute legend, thank you for covering my shift!",
    "Functional seizures are real and not 'faking'.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("suggests a respectful replacement", () => {
    const [finding] = findingsOf(RULE, "our frequent flyer is back");
    expect(finding?.suggestion).toBe("a patient who visits often");
    expect(finding?.severity).toBe("medium");
  });
});

describe(`${RULE}: ridicule with no slur`, () => {
  it.each([
    ["Sure, ma'am. Your 'gluten allergy' son is eating goldfish crackers.", "Sure, ma'am"],
    ["Ok karen, I'm sure your essential oils know more than my 20 years", "Ok karen"],
    ["Family of 6 insisting she needs an MRI. The combined IQ of that room was single digits.", "combined IQ"],
    ["me pretending to listen to the dad explain what google told him about the rash", "me pretending to listen"],
    [
      "psych patients on a full moon are free entertainment honestly",
      "psych patients on a full moon are free entertainment honestly",
    ],
    [
      "some people should not be allowed to have kids, the baby was in a car seat with no straps",
      "some people should not be allowed to",
    ],
    ["if you come to the ER for a hangnail you deserve the 6 hour wait", "deserve the 6 hour wait"],
    ["Guy in bed 3 crying over a flu shot. Grow a spine.", "Grow a spine"],
    ["that patient's husband is a total numbskull, argued about the IV for 20 min", "numbskull"],
    ["why do obese people always complain about the bed size", "obese people"],
    [
      "Families who can't speak English need to bring their own translator, I'm not a dictionary",
      "need to bring their own translator",
    ],
    ["I love when pateints argue with me about google. So stupud.", "stupud"],
    ["nothing like a 'pain is 20/10' patient asleep and snoring when I walk in", "'pain is 20/10'"],
    [
      "pt says she is allergic to ibuprofen, tylenol, and toradol but morphine is fine",
      "allergic to ibuprofen, tylenol, and toradol but morphine",
    ],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    // sarcasm needs two signals: a phrase and a second phrase, quote or eye-roll
    ["the 'I know my body' crowd is out in force tonight. never heard that one before.", "the 'I know my body' crowd"],
    [
      "When the patient tells you he's 'only had two beers' for the 4th time 🙄 uh huh",
      "tells you he's 'only had two beers'",
    ],
    ["nothing like a family of 10 who all googled sepsis on the way in 🙄", "googled"],
  ])("flags piled-up sarcasm about patients: %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "A true medical mystery: after 3 years we finally diagnosed her rare disorder 🙌",
    "Never seen that before! A 1-in-a-million case of situs inversus today.",
    "Patients can tell when you're pretending to care. Be genuine.",
    "I couldn't boil water after that 24 hour shift lol",
    "I went to nursing school for 4 years while working nights and I'd do it again.",
    "Sure buddy, I'll cover your shift Saturday!",
    "She asked for a warm blanket and I said sure, ma'am.",
    "Grandma's dementia has its funny moments 😂 she called me her favorite nurse today",
    "Caring for people with dementia is a wild ride of emotions, and I love it.",
    "Elderly patients often complain of constipation after hip surgery; start a bowel regimen early.",
    "A patient said 'thank you for listening' today. That's why I do this.",
    "Patients who google their symptoms aren't the enemy. Meet them where they are.",
    "Collective IQ of our tumor board is off the charts. Learned so much today.",
    "Dense breast tissue can hide tumors on a mammogram.",
    "Laser hair removal consults are open for the new year.",
    "Patients who don't speak English should always be offered a qualified interpreter.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: ridicule by shape (labels, tropes, quoted claims, spectacle)`, () => {
  it.each([
    ["half the walk-ins today were timewasters with a sniffle", "timewasters"],
    ["three bed blockers on the ward and no social worker till Monday", "bed blockers"],
    ["classic positive cheeto sign on the night admit, orange fingers and all", "cheeto sign"],
    ["yet another 'frequent flyer' rolling in at 2am", "frequent flyer"],
    [
      "the 'I read it on Facebook' ones are back in force this week 🙄 same script every time",
      "the 'I read it on Facebook' ones",
    ],
    ["guy in bay 4 requesting fentanyl by name again, sure", "requesting fentanyl by name"],
    ["they always know exactly what to say at triage", "know exactly what to say"],
    ["our regular is back and now she's allergic to sunlight 💀", "she's allergic to sunlight"],
    ["the guy in cubicle 2 smelled like a brewery and a wet dog 🤢", "smelled like"],
    ["he said he 'doesn't believe in germs'. ok buddy, enjoy your foley 😇", "said he 'doesn't believe in germs'"],
    ["the man who tried to pay his copay in lottery tickets... iykyk 😂", "iykyk"],
    ["Some people are just feral, honestly, bit the phlebotomist", "feral"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "The word 'junkie' has no place in a chart. Say person who uses drugs.",
    "resident asked me: 'is it ok to call him a frequent flyer?' no. never.",
    "My newborn smells like heaven 😂 I'm never putting her down",
    "Patient told me 'you made this so much easier' and I cried in the car 😭",
    "The lady who brought cookies for the whole night shift 😂 you are a legend",
    "Ok sir, I'll bring you a warm blanket, said every nurse ever",
    "Bed blocking is a symptom of a social care system with no capacity.",
    "High pain tolerance is a myth we should stop charting.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: insult metaphors and patients labelled by their own "I ..." words`, () => {
  it.each([
    ["sir you are an absolute sack of entitlement, the line is for everyone", "absolute sack of entitlement"],
    ["the patient in 3 is a walking pile of bad decisions", "walking pile of bad decisions"],
    ['another "I know my body better than you" mom in triage tonight', 'another "I know my body better than you" mom'],
    ['the "I only drink on weekends" guy is back with pancreatitis', 'the "I only drink on weekends" guy'],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    'our "no visitors after 8" family was so gracious about the rule tonight',
    "my kid's room is a walking pile of laundry",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: the illness wished on them`, () => {
  it.each([
    [
      "told the guy who refused his tetanus booster to have fun with your lockjaw... I mean enjoy your tetanus, sir",
      "enjoy your tetanus",
    ],
    ["anti-mask dad coughing on my tech. enjoy your covid buddy", "enjoy your covid"],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text)).toContain(words);
  });

  it.each([
    "enjoy your flu shot everyone, the staff clinic is open till 6",
    "good luck with your pneumonia recovery, we miss you on the unit",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: retort templates, internet degrees, pain past the scale and scare quotes`, () => {
  it.each([
    ["ma'am this is a trauma bay, not your personal charging station", "ma'am this is a trauma bay, not your"],
    [
      "the family all have phds from the university of tiktok and want to discuss the ventilator settings",
      "university of tiktok",
    ],
    ["guy rates his pain 20/10 while asking for a second sandwich 🙄", "pain 20/10"],
    ['her "chronic lyme" flared again right when the dilaudid ran out 🤡', 'her "chronic lyme"'],
  ])("flags %j", (text, words) => {
    expect(flaggedWords(RULE, text).join(" | ")).toContain(words);
  });

  it.each([
    "my back is at 11/10 pain after three nights in a row lol",
    "Dr. Google is not your doctor, but bring us your questions, we love them",
    "my son calls his cast his 'armor' and refuses to let anyone sign it 😂",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: mockery with no slur (scare quotes, quoted questions, size and state as the joke)`, () => {
  it.each([
    "5th 'toothache' this week asking for codeine by name. funny how that works 🙄",
    "another 'migraine' at 3am, pure coincidence I'm sure.",
    "our 'princess' in the side room wants her pillows fluffed again. nurses drew straws 😩",
    'lady asked if the ultrasound gel would "cleanse her energy" 🤡',
    'lol this man came in with a "spider bite" that was very clearly a hickey 😂😂',
    "the extremely large gentleman in the waiting room took up 3 chairs lol",
    "the stoned teenager in triage who asked me if I was a real angel lmao",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "Join our 'Stop The Bleed' class next Tuesday 😂 it's fun, promise",
    'my son asked if the MRI would "take a picture of his brain thoughts" 😂 kids are the best',
    'a little girl told me her teddy "needed a plaster too" so we gave him one 🥹',
    "came in with a 'funny feeling' in his chest and it was an MI. always listen to them.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: whose words are quoted, and event names in quotes`, () => {
  it.each([
    'the man in resus with the "neck pain" was on his phone laughing the whole time',
    'bloke asked whether the drip could "flush out the 5G" 🙄',
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "Our 2nd 'Ask a Nurse' Q&A is this Thursday at 6pm! Bring your questions 😂🙌",
    'A patient asked if I was "a real nurse or a student" 😂 I\'ll take that as a compliment',
    "3rd 'thank you' card this week from families on our unit. this is why we do it 🥹",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: "I'm sure" and "what are the odds" said of oneself`, () => {
  it.each([
    "Guess who passed her boards?! What are the odds I'd actually pass on my first try 😂",
    "We drew straws for the Christmas rota and I got Boxing Day 😂",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it("flags disbelief closing a story about a patient", () => {
    const text = "his 'seizure' stopped the second the pizza arrived, pure coincidence I'm sure";
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });
});

describe(`${RULE}: "crazy" as an intensifier, bare retorts and patients as liars`, () => {
  it.each([
    "Welcome back Nurse Amy, the whole unit missed you like crazy!",
    "Crazy week on 3 West but the families were so kind to us.",
    "We are crazy about our new patient lounge, come see it.",
    "Sir! Congratulations on 30 years with our patients.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it.each([
    "Guy in bay 4 wants to know if the x-ray gave him wifi. Sir. SIR.",
    "She asked if her tonsils were in her stomach. Ma'am. 🙄",
    "why do families always exaggerate how long they waited",
    "parents always lie about the screen time, every single clinic",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });
});

describe(`${RULE}: patients known by a quoted nickname, residents likened to demented animals`, () => {
  it.each([
    "the 'Duchess' in bed 4 rang her call bell 40 times tonight lol",
    'the "Professor" in room 9 told the other patients he invented the stethoscope 😂😂',
    "med pass at the memory care unit is like herding senile cats 😂",
    "the old biddies in the day room fought over the remote again lmao",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text).length).toBeGreaterThan(0);
  });

  it.each([
    "the 'Wellness Wednesday' in our cafeteria was a hit 😂",
    "we nicknamed the new IV pump 'Big Bertha' in our unit lol",
    "Our dementia care team keeps the day room calm, and it shows. ❤️",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: worried families and put-downs in other Englishes`, () => {
  it.each([
    "Third hysterical mum tonight who read one blog post and wants a lumbar puncture for a cold",
    "if i had a nickel for every patient who swears they only drink socially, i'd own this hospital",
    "Some of these patients are just olodo, told him NPO three times and he still ate",
  ])("flags %j", (text) => {
    expect(findingsOf(RULE, text)).not.toEqual([]);
  });

  it.each([
    "My kids found the blooper reel absolutely hysterical last night",
    "If I had a dollar for every time I said thank you to this team, I'd be rich. Love you all.",
  ])("leaves %j alone", (text) => {
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
