import { CITIES, FIRST_NAMES, KNOWN_WORDS, LAST_NAMES } from "../context/name-lexicon";
import { type Candidate, type Recognizer, runPatterns } from "./recognizer";

const CAP = "[A-Z][A-Za-z'.-]{1,24}";
const CAPS = `${CAP}(?: ${CAP}){0,2}`;
const STATES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const ROAD_SUFFIX =
  "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Highway|Hwy|Parkway|Pkwy|Pike|Turnpike|Drive|Dr|Court|Ct|Trail|Way";

/** Capitalized words that cannot be a town ("in Pediatrics", "from ICU", "in March"). */
const NOT_A_PLACE =
  /^(?:The|Our|My|His|Her|Their|This|That|A|An|ICU|ER|ED|OR|NICU|PICU|PACU|Pediatrics|Radiology|Cardiology|Oncology|Surgery|Labor|Delivery|Triage|Recovery|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Dr|Mr|Mrs|Ms|God|Christ|Jesus|Heaven|Room|Bed|Bay|Unit|Hospital|Clinic|America|USA|US|Spanish|English|Grand|Rounds|Epic|Cerner|Twitter|Facebook|Instagram|LinkedIn|TikTok|COVID|Covid)\b/;

/**
 * Countries, continents and whole states are larger than a state: Safe Harbor lets them stand ("a nurse
 * from the Philippines", "moved here from Nigeria"). New York and Washington are also cities, so they stay.
 */
const LARGER_THAN_A_STATE = new Set(
  [
    "africa asia europe oceania antarctica australia canada mexico brazil argentina chile peru colombia venezuela",
    "ecuador bolivia paraguay uruguay cuba jamaica haiti guatemala honduras nicaragua panama salvador",
    "philippines vietnam thailand cambodia laos myanmar malaysia singapore indonesia china japan korea taiwan",
    "india pakistan bangladesh nepal sri lanka afghanistan iran iraq syria lebanon israel palestine egypt",
    "turkey greece italy spain portugal france germany poland ukraine russia romania hungary ireland scotland",
    "wales england britain netherlands belgium sweden norway denmark finland iceland switzerland austria",
    "nigeria ghana kenya ethiopia somalia sudan uganda tanzania rwanda congo cameroon senegal morocco",
    "algeria tunisia libya zimbabwe zambia malawi mozambique angola namibia botswana",
    "alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois",
    "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi",
    "missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont",
    "wisconsin wyoming",
  ]
    .join(" ")
    .split(" "),
);
const LARGER_PHRASES =
  /^(?:the )?(?:Philippines|Netherlands|United (?:States|Kingdom|Arab Emirates)|Sri Lanka|South (?:Africa|Korea|Sudan|Carolina|Dakota)|North (?:Carolina|Dakota|Korea)|New (?:Zealand|Hampshire|Jersey|Mexico)|El Salvador|Costa Rica|Puerto Rico|Dominican Republic|Saudi Arabia|West Virginia|Rhode Island)$/;

/** A workplace or a street, then "in": the next capitalized word is a town. */
const PLACE_IN =
  /(?:\b(?:plant|factory|farm|ranch|school|mill|mine|warehouse|store|shop|supermarket|market|mall|church|home|house|apartment|flat|trailer|camp|jail|prison|shelter|bar|pub|cafe|restaurant|hotel|motel|hostel|wharf|pier|jetty|harbou?r|marina|beach|station|depot|yard|site|office|job|works?|street|st|road|rd|avenue|ave|lane|ln|drive|dr|blvd|way|court|ct|highway|hwy) (?:in|at)|\bonly in|\bthe [A-Z][\w'-]+ in)\s$/;
/**
 * Someone going to, coming from or living in a place: "catches the bus to Bankstown", "walking home to
 * Cairns", "drove out to Chinle", "brought into Mercy West". The named place is the person's.
 */
const TRAVEL_LEAD =
  "(?:(?:home|back|bus|train|tram|ferry|flight|flights|boat|taxi|cab|ride|lift|drive|drove|out|up|down|over|moved|moving|transferred|transferring|flown|airlifted|retired|returned|returning|headed|heading|relocated) to|(?:drives?|drove|driving|commutes?|came|comes|travels?|travelled|traveled|flew|walks?|walked) (?:in |up |down |over |all the way )?from|brought (?:in)?to|taken to|lives? (?:out |up |down )?(?:in|at|near)|living (?:in|at|near))";

/** Words that put a place right after them: "from", "near", "lives in", "out past". */
const PLACE_LEAD =
  /\b(?:from|near|outside(?: of)?|lives in|living in|resident of|native of|out in|up in|down in|(?:out|up|down|way) (?:past|near|by|beyond|around))\s$/;
/** Things people give or send: after them "from X" names a person ("written consent from Declan"). */
const FROM_A_PERSON =
  /\b(?:consent|permission|blessing|card|cards|note|letter|message|gift|thanks|hug|hugs|visit|call|text|email|flowers|drawing|review|feedback) from\s$/i;

/** Town-shaped names: "Maplewood", "Millbrook", "Cedar Falls", "Pleasantville". */
const TOWN_SHAPE =
  /^[A-Z][a-z]{3,}(?:wood|ville|ton|burg|burgh|field|ford|port|dale|brook|haven|mont|crest|boro|borough|mouth|ridge|bury|chester)$|^[A-Z][a-z]+ (?:Falls|Springs|Creek|Heights|Junction|City)$/;

/** Everyday words of that shape. */
const NOT_A_TOWN =
  /^(?:Skeleton|Passport|Transport|Battlefield|Minefield|Outfield|Infield|Firewood|Driftwood|Hardwood|Plywood|Deadwood|Singleton|Simpleton)$/;

/**
 * Places smaller than a state: towns ("from Millbrook, OH", "in Bozeman"), counties, named roads
 * ("Route 9", "I-95", "on Cedar Lane"), schools and employers ("Lincoln Elementary", "works at the
 * Tyson plant"). Whether the place is tied to a patient is the rules' call.
 */
export const location: Recognizer = {
  name: "location",
  type: "location",
  patterns: [
    {
      name: "numbered road",
      regex:
        /\b(?:(?:Route|Rte|Rt|Highway|Hwy|Interstate|State Road|County Road|US|SR|CR|FM|SH)[- ]?|I-)\d{1,4}[A-Z]?\b/g,
      score: 0.8,
    },
    {
      // Typed fast: "a rollover on hwy 64", "i-40 eastbound", "route 9". ("us 64" is left out: "us" is a word.)
      name: "numbered road lowercase",
      regex:
        /\b(?:(?:route|rte|hwy|highway|interstate|state road|county road|state route|sr|cr)[- ]?|i-)\d{1,4}[a-z]?\b(?![\w.%])/g,
      score: 0.7,
    },
    {
      // British and Irish roads: "the crash on the N4", "stuck on the M25".
      name: "lettered road",
      regex: /\b(?:on|off|along|near|onto|down|up|from|via|by|at) the ([AMN]\d{1,4})\b(?![\w%-])/g,
      group: 1,
      score: 0.7,
    },
    {
      name: "named road",
      regex: new RegExp(
        `\\b(?:on|off|at|near|along|down)\\s(${CAPS}\\s(?:${ROAD_SUFFIX}|${ROAD_SUFFIX.toLowerCase()}))\\b`,
        "g",
      ),
      group: 1,
      score: 0.6,
    },
    {
      name: "county",
      regex: new RegExp(`\\b${CAPS}\\s(?:County|Parish|Township|Borough|Village|Reservation)\\b`, "g"),
      score: 0.8,
    },
    {
      name: "school",
      regex: new RegExp(
        `\\b${CAPS}\\s(?:High School|High|Middle School|Middle|Elementary School|Elementary|Academy|Prep|Preparatory|Junior High|Primary School|Community College|College|University)\\b`,
        "g",
      ),
      score: 0.7,
      label: "school",
    },
    {
      // Where something happened to someone: "a hiker who fell at Angel's Landing", "collapsed at Lambeau".
      name: "where it happened",
      regex: new RegExp(
        `\\b(?:fell|crashed|collapsed|drowned|wrecked|flipped|was hit|got hit|was found|was injured|got hurt|was stung|was bitten) (?:at|on|in|near|off|into) (?:the )?(${CAPS})`,
        "g",
      ),
      group: 1,
      score: 0.6,
    },
    {
      // Where someone lives, typed in lowercase: "she lives off old mill rd", "his farm out on miller road".
      name: "home road lowercase",
      regex:
        /\b(?:lives|living|lived|house|home|farm|trailer|place)\s(?:off(?: of)?|on|out on|up on|down on|by|near|at the end of)\s((?:[a-z][a-z'-]{1,20}\s){1,2}(?:rd|road|ln|lane|st|street|ave|avenue|dr|drive|hwy|highway|pike|trail|way|blvd|ct|court|loop|cir))\b/g,
      group: 1,
      score: 0.6,
    },
    {
      // Typed in lowercase: "his class at lincoln elementary", "goes to roosevelt middle school".
      name: "school lowercase",
      regex:
        /\b(?:at|to|from|attends|attend|attending)\s(?!(?:the|a|an|our|my|his|her|their|this|that|local|public|private|any|every|no)\s)([a-z][a-z'.-]{2,24}(?:\s[a-z][a-z'.-]{2,24})?\s(?:elementary(?:\sschool)?|middle school|high school|junior high|academy))\b/g,
      group: 1,
      score: 0.6,
      label: "school",
    },
    {
      // "the kid from jackson high": a lowercase "high" only after a word that can be a name or a town.
      name: "high school lowercase",
      regex:
        /\b(?:at|to|from|attends|attend|attending)\s([a-z][a-z'.-]{2,24}\shigh)\b(?!\s(?:school|up|risk|dose|fever|flow|enough|level|levels|bp|blood))/g,
      group: 1,
      score: 0.55,
      label: "school",
    },
    {
      name: "employer",
      regex: new RegExp(
        `\\b(?:works? at|working at|employed (?:at|by)|employee (?:at|of)|job at|shift at|(?:teacher|teaches|cashier|manager|worker|driver|coach|student|janitor|clerk|new hire|hire|cleaner|housekeeper|chef|cook|waiter|waitress|bartender|barista|porter|receptionist|guard|labou?rer|mechanic|foreman|apprentice|trainee|employee|staffer|picker|packer|operator) (?:at|from|for))\\s(?:the\\s)?(${CAPS})`,
        "g",
      ),
      group: 1,
      score: 0.7,
      label: "employer",
    },
    {
      name: "workplace",
      regex: new RegExp(
        `\\b${CAPS}\\s(?:plant|factory|warehouse|mill|mine|refinery|distribution center|store|branch|station|farm|ranch|dairy|quarry|site|campus|church|mall|park|lake|beach|marina|fairgrounds|stadium|arena|nursing home|assisted living|retirement home|group home|shelter|daycare|day care|jail|prison|correctional|motel|hotel|apartments|trailer park|mobile home park|camp|gym|bar|restaurant|diner|casino|Trucking|Shipping|Logistics|Haulage|Transport|Freight|Construction|Roofing|Plumbing|Motors|Industries|Manufacturing|Foods|Meats|Poultry|Packing|Lumber|Timber|Mining|Quarries|Fisheries|Farms|Dairies|Bakery|Bakeries|Cannery|Brewery|Winery|Distillery|Sawmill|Shipyard|Boatyard|Library|Museum|Pharmacy|Garage|Salon|Barbershop|Butchers|Deli|Bistro|Pizzeria|Cafe|Café|Tavern|Pub|Inn|Grocery|Supermarket|Market|Hardware|Feed Store|Laundromat|Bank|Credit Union|Post Office|Fire Department|Police Department|Town Hall|City Hall|Courthouse|Community Center|Community Centre|Rec Center|Country Club|Golf Club|Golf Course|Bowling Alley|Cinema|Zoo|Kennels)\\b`,
        "g",
      ),
      score: 0.6,
    },
    {
      name: "travel to a town",
      regex: new RegExp(`\\b${TRAVEL_LEAD}\\s(${CAPS})`, "g"),
      group: 1,
      score: 0.65,
    },
    {
      // A saint's name is a hospital, school or parish: "at St. Brigid's", "St Columba's Primary".
      name: "saint's institution",
      regex:
        /\b(?:St\.?|Saint) [A-Z][a-z]+'s(?: (?:Primary|Secondary|School|College|Hospital|Church|Parish|Home|Hall|Academy|National School|NS))?(?![\w'])/g,
      score: 0.6,
      label: "institution",
    },
    {
      name: "town and state",
      regex: new RegExp(`\\b(${CAPS}),\\s(?:${STATES})\\b(?![\\w-])`, "g"),
      group: 1,
      score: 0.8,
    },
    {
      name: "from a town",
      regex: new RegExp(
        `\\b(?:from|in|at|near|outside(?: of)?|out in|up in|down in|lives in|living in|resident of|native of|(?:out|up|down|way) (?:past|near|by|beyond|around))\\s(${CAPS})`,
        "g",
      ),
      group: 1,
      score: 0.5,
    },
  ],
  // Respirator masks, not roads: "on the N95".
  validate: (value) =>
    !NOT_A_PLACE.test(value) &&
    !/^N(?:95|99|100)$/.test(value) &&
    !LARGER_THAN_A_STATE.has(value.toLowerCase()) &&
    !LARGER_PHRASES.test(value),
  find(text: string): Candidate[] {
    return runPatterns(this, text).filter((candidate) => {
      if (candidate.confidence === 0.65) {
        // One word after "home to", "out to": a town, unless it is an everyday word or someone's name.
        const value = text.slice(candidate.start, candidate.end);
        if (value.includes(" ") || CITIES.has(value.toLowerCase())) return true;
        const lower = value.toLowerCase();
        return !KNOWN_WORDS.has(lower) && !FIRST_NAMES.has(lower) && !/^[A-Z]{2,}$/.test(value);
      }
      if (candidate.confidence === 0.55) {
        const name = text.slice(candidate.start, candidate.end).split(/\s/)[0] ?? "";
        return FIRST_NAMES.has(name) || LAST_NAMES.has(name) || CITIES.has(name) || !KNOWN_WORDS.has(name);
      }
      if (candidate.confidence !== 0.5) return true;
      // "in X" is a town only when X is a known city, or "from X" stands on its own.
      const value = text.slice(candidate.start, candidate.end);
      const first = value.split(" ")[0]?.toLowerCase() ?? "";
      const lead = text.slice(Math.max(0, candidate.start - 24), candidate.start);
      // "the Tyson plant in Noel": after a named workplace or street, "in X" is its town even if X is a name.
      if (PLACE_IN.test(lead)) return true;
      // "consent from Declan", "a card from Amara": what comes from a person, not a town.
      if (FROM_A_PERSON.test(lead)) return false;
      const placeLead = PLACE_LEAD.test(lead);
      // Many towns are surnames too ("the 6 y/o from Ellsworth"): after "from" or "lives in", a surname
      // alone is the town; a given name ("a hug from Amara") is a person.
      if (FIRST_NAMES.has(first) || (LAST_NAMES.has(first) && !placeLead)) return false;
      return CITIES.has(value.toLowerCase()) || (TOWN_SHAPE.test(value) && !NOT_A_TOWN.test(value)) || placeLead;
    });
  },
};
