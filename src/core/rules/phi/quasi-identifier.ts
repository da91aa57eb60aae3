import { cuesOf, type SentenceCues } from "../../context/cues";
import { onlyQuotedExamples, posterTrip } from "../../context/patient-link";
import type { Candidate } from "../../recognizers/recognizer";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const TIME =
  /\b(?:tonight|today|this (?:morning|afternoon|evening|weekend|week)|last (?:night|week|weekend|month)|this past weekend|yesterday|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun) (?:night|morning|afternoon|evening)|christmas|thanksgiving|new year'?s|halloween|(?:at )?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\d{1,2}(?::\d\d) ?(?:am|pm)?|(?:at|around) [012]\d[0-5]\d|around \d{1,2}(?! ?(?:mins?|minutes|hours|hrs|days|weeks|months|years|people|patients|pts|%)))\b/i;
const PLACE =
  /\b(?:only in [A-Z][a-z]+|small[- ]town|our (?:little )?town|this town|our county|tiny town|rural|a town of [\d,]+|the bridge|the overpass|the pier|the dam|the quarry|the stadium|the arena|the fairgrounds|(?:our|the) parking (?:garage|structure|deck|ramp)|the (?:gas station|truck stop|parking lot|car park|rail yard|ski hill|boat ramp)|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:market|mass|service|game|match)|(?:the|a) [A-Z][\w']+ on (?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)|(?:the )?(?:county|state) fair|rodeo|the lake|the river|the interstate|the highway|the mall|the (?:high |middle |primary |elementary )?school|(?:in|around|across) town|the county|(?:our|this|a) (?:tiny |little |small |rural |country )+(?:county )?(?:hospital|clinic|er|ed|practice|unit|community)|local (?:school|plant|factory|mall|park|church|bar|restaurant|store|gym)|(?:the|a) (?:farmers'? market|market|grocery store|church|mosque|temple|synagogue|playground|pool|gym|beach|campground|trailhead|ski resort|airport|bus station|train station|courthouse|library|bowling alley|county jail|jail|prison|detention center|homeless shelter|shelter|vineyard|winery|brewery|wedding|reception|concert|festival|parade|carnival|water park|trampoline park|motel|casino|football game|homecoming game|co-op|feed store|feed mill|grain elevator|lumber yard|sawmill|construction site|job site|oil rig|dairy|feedlot|slaughterhouse|packing plant)|downtown|drive[- ]thru|drive[- ]through|across the (?:river|street|lake)|the only [\w-]+(?: [\w-]+)? in (?:town|the county|the valley|the area)|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b/;
const EXACT_AGE =
  /\b\d{1,2}[- ]?(?:y\/?o|yo|year[- ]old|yr[- ]old|years old|weeker|month[- ]old|week[- ]old|day[- ]old)\b|\b(?:age|aged) \d{1,2}\b|\(\d{1,2}\)|(?<![$£€¥.,\d])\b\d{1,2}\s?[MF]\b|\b(?:pregnant|mom|mother|dad|father)\b[^.!?]{0,40}\bat \d{2}\b(?![:.]\d| ?(?:am|pm|min|mins|minutes|hours|hrs|weeks|wks|days|%))/i;
const RARE_EVENT =
  /\b(?:rare|rarest|unusual|bizarre|weird(?:est)?|craziest|one in a million|first (?:case|time i've)|never seen|fish ?hook|impaled|chainsaw|bear attack|shark|snake ?bite|rattlesnake|lightning|struck by|harpoon|nail gun|fireworks?|tractor|combine|auger|grain bin|bull|horse kick|alligator|gator|moose|sword|arrow|crossbow|quintuplets|quadruplets|sextuplets|record[- ]breaking|went viral|on the news|famous|escaped|zoo|flipped|rolled (?:his|her|their) (?:truck|car|atv|tractor)|ejected|swallowed|magnets?|foreign body|lodged|jackknifed|farm accident|python|boa|scorpion|spider bite|dog attack|pit bull|ferris wheel|in cuffs|handcuffed|(?:fell|falling|fallen|fall) (?:off|from) (?:the|a|his|her|their) (?:[\w-]+ )?(?:roof|ladder|balcony|bridge|stage|horse|bull|cliff|ferris wheel|deer stand|tree stand|grain elevator|silo|scaffold|scaffolding|bleachers|water tower|cell tower|billboard|bucket truck|trampoline)|so rare|documented cases|leprosy|hansen'?s disease|plague|rabies|anthrax|botulism|diphtheria|cholera|typhoid|ebola|polio|case reports?|[5-8] ?(?:ft|foot|feet)(?: \d{1,2})?(?: in(?:ches)?)? (?:tall|guy|man|woman|lady|kid|teen|dude|gentleman)|[67]'\s?(?:[6-9]|1[01])\b|seven[- ]f(?:oo|ee)t(?:er)?|\d{3} ?(?:lbs?|pounds)|on the side of the road|(?:delivered|born|gave birth|had (?:a|the|her) baby)[^.!?]{0,30}\b(?:in the back of (?:a |an |the |her |his |their )?|in an? |in the )(?:pickup|truck|car|uber|taxi|cab|elevator|parking lot|bathroom|toilet|tub|hallway|lobby|ambulance)|in the (?:car|parking lot|elevator|back seat|ambulance) (?:delivery|birth)|(?:1\d|[89])th (?:baby|child|kid|pregnancy)|triplets|(?:youngest|oldest|biggest|largest|smallest|heaviest|tiniest) (?:ever|one (?:here|we've|i've)|in \d+|[\w-]+ (?:ever|in \d+))|(?:my|our|the) (?:very )?first (?:\d+ ?(?:y\/?o|yo|year[- ]old)|set of|case|ever)|first (?:[\w-]+ )?case (?:of|in)|only the (?:second|third|2nd|3rd)|the only (?:set|case|one) (?:of|in|we)|in (?:\d+|twenty|thirty|forty|fifty) (?:years|yrs)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:one |case |time )?in (?:two|three|four|five|six|\d+) (?:years|yrs|months)|bus crash|school bus|plane crash|train (?:crash|derailment)|pile-?up|(?:arrived|born|delivered)[^.!?]{0,30}\bon the (?:triage desk|floor|doorstep|porch|sidewalk|stairs|side of the road|bathroom floor))\b/i;
/** A place so small that a detail points at one person: "a town of 800", "the only GP for 90 km". */
const SMALL_PLACE =
  /\b(?:(?:town|village|place|community|island|parish) (?:this|so|that) (?:small|tiny|little)|(?:village|town|hamlet|community|island|parish) of (?:about |around |only |just |barely )?[\d,]+|(?:tiny|little|small|wee) (?:townland|village|hamlet|island|parish|community)|everyone knew|small[- ]town|tiny town|a town of [\d,]+|(?:our|my) (?:little |tiny |small )town|(?:the )?only (?:doctor|doc|gp|nurse|np|pharmacist|dentist|vet|midwife|clinic|hospital) (?:in|for) (?:a |the |our )?(?:town|county|valley|island|village|\d+ ?(?:miles|km))|everyone knows everyone|(?:whole|entire) (?:town|county|village|school|grade|class|year group|church|congregation|street|building) (?:will |already |now )?knows?|everyone in (?:this|the|our|my) (?:town|county|village|valley|parish) (?:is (?:gonna|going to) |will |would )?know|(?:the )?only (?:[\w-]+ ){1,3}(?:in|for) (?:our |the |this )?(?:whole |entire )?(?:town|county|valley|village|island|parish)|(?:our|this|a|my) (?:tiny|little|small|rural) (?:[\w-]+ ){0,2}(?:hospital|clinic|er|practice|community))\b/i;

/**
 * A role one person holds in a community: "the school bus driver", "a local high school teacher", "the
 * librarian", "the owner of the bakery". Told with a time or an event it points at that one person.
 */
const COMMUNITY_ROLE =
  /\b(?:school bus driver|bus driver|mail carrier|mailman|postman|postwoman|librarian|crossing guard|(?:local |high school |middle school |elementary |primary |school )(?:teacher|principal|coach|janitor|nurse)|principal|pastor|priest|vicar|rabbi|imam|mayor|sheriff|police chief|fire chief|town clerk|the owner of|owns the)\b/i;

/** A standing appointment at a set hour: "comes in every Thursday at 7am" points at one regular. */
const ROUTINE =
  /\bevery (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|morning|day|week)s?,? (?:at|around|by|before) (?:\d{1,2}(?::\d\d)? ?(?:am|pm)?|noon|dawn|opening)/i;

/** Pregnancy and birth: at 45 or older these are rare enough to identify someone. */
const BIRTH = /\b(?:pregnan\w*|deliver\w*|labou?r|ivf|c-section|first[- ]time mom|gave birth|baby)\b/i;
/** Every exact age in the text, as numbers. */
const AGE_NUMBER =
  /\b(\d{1,2})[- ]?(?:y\/?o|yo|year[- ]old|yr[- ]old|years old)\b|\b(?:at|aged?) (\d{2})\b(?![:.]\d| ?(?:am|pm|min|mins|minutes|hours|hrs|weeks|wks|days|months|%|mg|mph|degrees|lbs?|kg|bpm|cc|ml|percent|years? (?:of|in)))/gi;
const STORY =
  /\b(?:kids|children|pupils|year \d{1,2}|guy|lady|man|woman|kid|gentleman|girl|boy|teen|toddler|baby|babies|bub|infant|mom|mum|dad|grandma|grandpa|farmer|trucker|hunter|fisherman|patient|pt|lad|lass|fella|bloke|twins|triplets|quadruplets)\b/i;

/**
 * A count of patients or visits ("saw a record 63 patients yesterday", "200 flu shots today"): a day's
 * tally in a town is about the service, not one person. "a town of 1,800 people" is a size, not a tally.
 * Money for a service ("$40M for rural ER staffing") is policy news, not a story either.
 */
const TALLY =
  /(?<!\bof )\b(?:\d[\d,]*|dozens of|hundreds of)\s(?:[\w-]+\s)?(?:patients|pts|visits|people|ppl|kids|babies|deliveries|births|shots|vaccines|doses|admissions|transports|calls)\b/i;
const FUNDING = /[$£€]\s?\d|\b(?:funding|budget|grants?|million|billion)\b/i;
/** One person in the story: a person word or an exact age. */
const ONE_PERSON =
  /\b(?:guy|lady|man|woman|kid|gentleman|girl|boy|teen|toddler|baby|infant|mom|mum|dad|grandma|grandpa|farmer|trucker|hunter|fisherman|patient|pt|lad|lass|fella|bloke|he|she|him|her|his)\b/i;

const TRIBUTE =
  /\b(?:founder|founded|in (?:loving )?memory of|retir\w*|passing of (?:dr|our)|years of service|obituary|career)\b/i;

/** An emergency told as a story: the people in it are patients even without a patient word. */
const EMERGENCY =
  /\b(?:accident|crash|wreck|rollover|jackknifed|mvc|mva|collision|hit[- ]and[- ]run|hit by a (?:car|truck|bus|train)|ped(?:estrian)? struck|gsw|overdose|shooting|stabbing|drowning|house fire|coded|cpr(?! (?:class|classes|training|demos?|course|certification|cert|card|night|event)))\b/i;

/**
 * A pregnancy or birth at 45 or older ("a 52 yo first time mom") or at 15 or younger ("a 14 yo at our
 * school clinic is pregnant"): rare, so it points at one person.
 */
function rareAgeBirth(text: string): boolean {
  if (!BIRTH.test(text)) return false;
  for (const match of text.matchAll(AGE_NUMBER)) {
    const age = Number(match[1] ?? match[2]);
    if (age >= 45 || (age >= 10 && age <= 15)) return true;
  }
  return false;
}

/** The poster's own trip or career ("started on a stroke ward in Leicester"), or the hospital of their family's care. */
function notThePatientsPlace(post: Post, candidate: Candidate): boolean {
  const sentence = cuesOf(post).sentenceAt(candidate.start);
  if (sentence && posterTrip(sentence)) return true;
  return candidate.label === "institution" && sentence?.ownNews === true;
}

/**
 * A patient story with details that could re-identify someone to people nearby: a time plus a place,
 * an exact age plus a rare event, a small town. Not an identifier on its own, so medium.
 */
export const quasiIdentifier: Rule = {
  id: "phi/quasi-identifier",
  category: "phi",
  severity: "medium",
  summary:
    "A patient story with re-identifying details: a specific time plus a place, an exact age plus a rare event, a small town.",
  judge(post: Post): Finding[] {
    // The organization's own announcements ("Free CPR class this Thursday 6pm at our Elm St station")
    // tell no one's story: only the other sentences count.
    const story = cuesOf(post).sentences.filter((sentence) => sentence.patient || !sentence.organizationVoice);
    if (story.length === 0 || onlyQuotedExamples(post)) return [];
    const text = story.map((sentence) => sentence.text).join(" ");
    const patient = story.some((sentence) => sentence.patient);
    const health = story.some((sentence) => sentence.health);
    // A small place plus a case in it ("Our little town ... our first rattlesnake bite ... ER") is a story too.
    const role = COMMUNITY_ROLE.test(text);
    if (
      !patient &&
      !EMERGENCY.test(text) &&
      !((STORY.test(text) || role) && health) &&
      !(SMALL_PLACE.test(text) && health)
    )
      return [];
    // A tribute to a colleague ("our founder Dr. Cole ... delivered over 5,000 babies in this town") tells
    // a career, not a patient's story.
    if (!patient && TRIBUTE.test(text)) return [];
    const aggregate = TALLY.test(text) || FUNDING.test(text);
    if (!patient && aggregate && !EMERGENCY.test(text) && !ONE_PERSON.test(text) && !EXACT_AGE.test(text)) {
      return [];
    }
    const inStory = (candidate: { start: number }) =>
      story.includes(cuesOf(post).sentenceAt(candidate.start) as SentenceCues);
    const time = TIME.test(text);
    const namedPlace =
      PLACE.test(text) ||
      post.candidates.some(
        (c) => c.type === "location" && !c.organization && inStory(c) && !notThePatientsPlace(post, c),
      );
    const place = namedPlace || role;
    const age = EXACT_AGE.test(text);
    const rare = RARE_EVENT.test(text) || rareAgeBirth(text);
    // A small place is enough on its own; an exact age on a given day narrows a story to one person too
    // ("the 34 y/o who came in last night w a ruptured ectopic").
    const small = SMALL_PLACE.test(text);
    const details = [
      time && place,
      age && rare,
      place && rare,
      time && rare,
      small,
      age && time,
      role && namedPlace,
      patient && ROUTINE.test(text),
    ].filter(Boolean).length;
    if (details === 0) return [];
    const parts = [
      time ? "a time" : "",
      place || small ? "a place" : "",
      age ? "an exact age" : "",
      rare ? "an unusual event" : "",
    ].filter((part) => part !== "");
    return [
      {
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `This patient story combines ${parts.join(", ")}: together they could identify the patient to people nearby. Leave out or blur some of them.`,
      },
    ];
  },
};
