import type { Candidate } from "../recognizers/recognizer";
import type { Post } from "../rules/rule";
import type { Span } from "../types";
import { cuesOf, type SentenceCues } from "./cues";
import { FAMILY_AFTER_NAME, FAMILY_BEFORE_NAME, KINSHIP_WORD } from "./own-news";
import { PUBLIC_NEWS, STAFF_GATHERING, STRONG_PATIENT_CUE } from "./patient-cues";
import { confirmsRelationship } from "./relationship";
import { ageOfStaff, STAFF_AFTER_NAME, STAFF_BEFORE_NAME } from "./staff-roles";

export type PersonRole = "patient" | "staff" | "family" | "organization" | "public figure" | "unknown";

/** Identifiers that only ever belong to a patient or member: their label says so. */
const INTRINSIC = new Set(["ssn", "mrn", "health-plan"]);
/** A sentence about staff: an age or a date in it is theirs ("our founder died at 94"). */
export const STAFF_SENTENCE =
  /\b(?:dr\.?|doctor|nurse|founder|founded|in (?:loving )?memory of|ceo|colleague|coworker|co-worker|retire\w*|staff|team|hired|joins|joined|anniversary|years of service|award|honoree|volunteer)\b/i;

/** Congratulations to staff on a birth, wedding or family event: the names around it are their family. */
const STAFF_FAMILY_NEWS =
  /\b(?:congrats|congratulations)\b[^.!?]{0,80}\b(?:our|my) (?:own )?[^.!?]{0,40}\bon (?:their|her|his) (?:new (?:son|daughter|baby|addition|little one|grandbaby)|baby (?:boy|girl)|wedding|engagement)\b/i;

/** Training with mannequins and mock scenarios: no real patient is involved. */
const SIMULATION =
  /\b(?:mannequins?|manikins?|sim ?man|simulators?|simulations?|sim (?:lab|baby|babies|patient|scenario|center|centre)|mock (?:code|codes|drill|drills|scenario)|cpr dummy|resusci ?anne)\b/i;

/** The rest of a list of names after the first: ", Devon and Ash". */
const NAME_LIST_REST = /^(?:,? (?:and |& )?[A-Z][a-z'-]+){1,6}/;

/** An animal named right before what it is: "Bramble 🐾 our new therapy dog", "Biscuit, the unit cat". */
const ANIMAL_AFTER_NAME =
  /^\W{0,8}(?:(?:is |was )?(?:our|the|a|my)\s)?(?:(?:new|resident|therapy|unit|ward|clinic|hospital|office|facility|practice|visiting|emotional support|service)\s){0,2}(?:dog|pup|puppy|cat|kitten|rabbit|bunny|pony|horse|parrot|goldfish|mascot|therapy animal)s?\b/i;
/** "named after George and Gladys Dick", "the Apgar score, after Virginia Apgar": an eponym, not a person in care. */
const EPONYM_BEFORE_NAME = /\b(?:named (?:after|for)|in honou?r of)\s(?:[A-Z][\w'-]+\s(?:and|&)\s)?$/;
/** "the techs named it 'Magnus'", "we call it Big Bertha": a machine's or a thing's pet name. */
const THING_NAMED = /\b(?:named|call|called|calling|dubbed|christened|nicknamed) it\s['"\u2018\u201C]?$/i;
/** Posts that teach privacy: a quoted example in them ("'the 45yo in bed 3'") is nobody's. */
const PRIVACY_LESSON = /\b(?:hipaa|phi|de-?identif\w*|reminder|psa)\b/i;
const QUOTED_EXAMPLE = /(?:^|[\s(])['"\u2018\u201C][^'"\u2019\u201D\n]{3,160}['"\u2019\u201D](?=[\s.,!?;:)]|$)/g;

const quotedExamplesCache = new WeakMap<Post, Span[]>();

/** The quoted examples of a post that teaches privacy (none in any other post), found once per post. */
function quotedExamples(post: Post): Span[] {
  let spans = quotedExamplesCache.get(post);
  if (!spans) {
    spans = PRIVACY_LESSON.test(post.text)
      ? [...post.text.matchAll(QUOTED_EXAMPLE)].map((match) => ({
          start: match.index ?? 0,
          end: (match.index ?? 0) + match[0].length,
        }))
      : [];
    quotedExamplesCache.set(post, spans);
  }
  return spans;
}

/**
 * A post that teaches privacy with a quoted example ("'the 45yo in bed 3 with the weird rash' is still
 * PHI"): outside its quotes it says nothing about a patient.
 */
export function onlyQuotedExamples(post: Post): boolean {
  if (quotedExamples(post).length === 0) return false;
  return !STRONG_PATIENT_CUE.test(post.text.replace(QUOTED_EXAMPLE, " "));
}

/** Is the identifier inside a quoted example in a post that teaches privacy? */
function quotedExample(post: Post, candidate: Candidate): boolean {
  return quotedExamples(post).some((span) => candidate.start >= span.start && candidate.end <= span.end);
}

const cache = new WeakMap<Post, Map<Candidate, PersonRole>>();

interface PostFacts {
  sentencesWithRoom: Set<SentenceCues | undefined>;
  /** Some name in the post is a patient's (computed once, on first use). */
  namesAPatient(): boolean;
  /** The post congratulates staff on family news (computed once, on first use). */
  staffFamilyNews(): boolean;
  /** First words of the names the post gives a clinician's title ("Dr. Margaret Ellsworth"). */
  staffNames(): Set<string>;
  /** The sentence reports health news its subject made public (computed once per sentence). */
  publicNews(sentence: SentenceCues): boolean;
}

const factsCache = new WeakMap<Post, PostFacts>();

/** Facts about the whole post that every candidate asks about, computed once so checks stay linear. */
function facts(post: Post): PostFacts {
  let found = factsCache.get(post);
  if (!found) {
    let patientName: boolean | undefined;
    let familyNews: boolean | undefined;
    const publicNews = new Map<SentenceCues, boolean>();
    let staffNames: Set<string> | undefined;
    found = {
      sentencesWithRoom: new Set(
        post.candidates.filter((other) => other.type === "room").map((room) => cuesOf(post).sentenceAt(room.start)),
      ),
      namesAPatient() {
        patientName ??= post.candidates.some(
          (other) => other.type === "person" && personRole(post, other) === "patient",
        );
        return patientName;
      },
      staffNames() {
        staffNames ??= new Set(
          post.candidates
            .filter((other) => other.type === "person" && other.label === "clinician")
            .map((other) => firstWord(post.text.slice(other.start, other.end))),
        );
        return staffNames;
      },
      staffFamilyNews() {
        familyNews ??= STAFF_FAMILY_NEWS.test(post.text);
        return familyNews;
      },
      publicNews(sentence) {
        let reported = publicNews.get(sentence);
        if (reported === undefined) {
          reported = PUBLIC_NEWS.test(sentence.text);
          publicNews.set(sentence, reported);
        }
        return reported;
      },
    };
    factsCache.set(post, found);
  }
  return found;
}

function firstWord(name: string): string {
  return name.split(/[\s.]+/).find((word) => word.length > 1 && !/^(?:dr|doctor|nurse)$/i.test(word)) ?? name;
}

/** Who a name belongs to, judged from the words around it. */
export function personRole(post: Post, candidate: Candidate): PersonRole {
  let roles = cache.get(post);
  if (!roles) {
    roles = new Map();
    cache.set(post, roles);
  }
  const known = roles.get(candidate);
  if (known) return known;
  const role = judgePersonRole(post, candidate);
  roles.set(candidate, role);
  return role;
}

function judgePersonRole(post: Post, candidate: Candidate): PersonRole {
  if (candidate.organization) return "organization";
  const sentence = cuesOf(post).sentenceAt(candidate.start);
  const lead = post.text.slice(Math.max(sentence?.start ?? 0, candidate.start - 60), candidate.start);
  const tail = post.text.slice(candidate.end, candidate.end + 60);
  if (FAMILY_BEFORE_NAME.test(lead) || FAMILY_AFTER_NAME.test(tail)) return "family";
  // "to see my Lola", "our Nonna's cooking": the word is what the family calls a relative, not a name.
  if (/\b(?:my|our)\s$/i.test(lead) && KINSHIP_WORD.test(post.text.slice(candidate.start, candidate.end))) {
    return "family";
  }
  // A colleague's family news: "Congrats to our NICU nurse Kayla and her husband Ben on their new son".
  if (
    facts(post).staffFamilyNews() &&
    (/\b(?:baby|her|his|their) (?:\w+ )?$/i.test(lead) || STAFF_BEFORE_NAME.test(lead))
  ) {
    return "family";
  }
  // A training mannequin's name ("our 'patient' was SimMan", "sim mannequin "Harold" coded") is nobody's.
  if (sentence && SIMULATION.test(sentence.text)) return "unknown";
  if (candidate.label === "patient") return "patient";
  // "Meet Bramble, our new therapy dog", "named after George and Gladys Dick": an animal or an eponym.
  if (ANIMAL_AFTER_NAME.test(tail) || EPONYM_BEFORE_NAME.test(lead) || THING_NAMED.test(lead)) return "unknown";
  if (quotedExample(post, candidate)) return "unknown";
  if (candidate.label === "addressed" && confirmsRelationship(post)) return "patient";
  if (candidate.label === "clinician") return "staff";
  // "Dr. Margaret Ellsworth ... Margaret died peacefully at home": the same person named again.
  if (
    facts(post)
      .staffNames()
      .has(firstWord(post.text.slice(candidate.start, candidate.end)))
  )
    return "staff";
  // Health news someone made public themselves ("X opening up about her diagnosis") is not a disclosure.
  if (sentence && facts(post).publicNews(sentence) && !sentence.patient) {
    return "public figure";
  }
  // A list of names shares its role: "shoutout to Maria, Devon and Ash for covering every weekend".
  const afterList = tail.replace(NAME_LIST_REST, "");
  // "our senior physiotherapist Aoife Brennan": a given name the lists lack may stand between role and surname.
  const leadBeforeGivenName = lead.replace(/\b[A-Z][a-z\u00C0-\u024F'-]+\s$/, "");
  if (
    STAFF_BEFORE_NAME.test(lead) ||
    (leadBeforeGivenName !== lead && STAFF_BEFORE_NAME.test(leadBeforeGivenName)) ||
    STAFF_AFTER_NAME.test(tail) ||
    STAFF_AFTER_NAME.test(afterList)
  )
    return "staff";
  if (candidate.label === "public figure") {
    return sentence?.seenOrTreated &&
      !/\b(?:ribbon|tour(?:ed|s)?|speech|announce[ds]?|fundraiser|gala|donat\w*|emcee\w*|host(?:ed|ing)?|honorary|keynote|ceremony)\b/i.test(
        sentence.text,
      )
      ? "patient"
      : "public figure";
  }
  if (!sentence) return "unknown";
  if (sentence.organizationVoice && !sentence.patient && !sentence.health) return "unknown";
  if (sentence.ownNews && !sentence.patient) return "family";
  if (sentence.patient || sentence.health || sentence.publicFigure) return "patient";
  const hasRoom = facts(post).sentencesWithRoom.has(sentence);
  // A titled or anchored name in a sentence about ward life ("Mrs. Abernathy asked for her 4th warm blanket").
  if (hasRoom || (candidate.label !== "addressed" && sentence.careSetting)) return "patient";
  // A name in the sentence right after or before one about a patient ("...in bed 4. Maria is 41").
  const index = cuesOf(post).sentences.indexOf(sentence);
  const neighbours = [cuesOf(post).sentences[index - 1], cuesOf(post).sentences[index + 1]];
  if (neighbours.some((other) => other?.patient)) return "patient";
  // A name in a post about someone's care, in no other role ("Sending love to Ava ... NICU nurses").
  const careElsewhere = cuesOf(post).sentences.some(
    (other) => (other.patient || other.health) && !other.ownNews && !other.organizationVoice,
  );
  if (careElsewhere && candidate.label !== "addressed") return "patient";
  return "unknown";
}

/**
 * Identifiers that belong to one private person and that no organization announces: a licence, a plate
 * or VIN, a device serial, an account, a home IP, an age over 89. In a post about care or billing
 * (a health word, ward life, a patient word anywhere) they are a patient's even when no sentence says
 * "patient": "the silver Corolla, reg KX19 FWD ... your dad is in resus".
 */
const PERSONAL = new Set(["license", "vehicle", "device", "account", "ip", "age"]);
/** "her number is", "his home fax:", "the pt's cell": the identifier after it is someone else's, not the poster's. */
const THIRD_PERSONS =
  /(?:\b(?:her|his|their|pt'?s|patient'?s|(?:son|daughter|wife|husband|mum|mom|dad|family|sister|brother|partner)'s)|\b(?:mr|mrs|ms|miss|mx)\.?\s[A-Z][\w'-]+'s)\s(?:[\w-]+\s){0,3}?(?:number|no\.?|#|cell|mobile|phone|fax|email|e-mail|address|landline)\b[^.!?\d]{0,60}$/i;
const BILLING =
  /\b(?:billing|bill|bills|paid|refund|collections|statement|invoice|charges?|balance|claims?|insurance)\b/i;

function aboutCare(post: Post): boolean {
  const cues = cuesOf(post);
  return (
    cues.patient ||
    cues.health ||
    cues.sentences.some((sentence) => sentence.careSetting || sentence.weakPatient) ||
    BILLING.test(post.text)
  );
}

/** Free mail and social profiles belong to a private person; an organization writes from its own domain. */
const PRIVATE_ACCOUNT =
  /@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|proton|protonmail|gmx|mail)\.|^(?:https?:\/\/)?(?:www\.)?(?:tiktok\.com\/@|instagram\.com\/|facebook\.com\/|fb\.com\/|x\.com\/|twitter\.com\/|youtube\.com\/@|linktr\.ee\/|venmo\.com\/|cash\.app\/|gofundme\.com\/)/i;
/** "email us at", "questions? write to": the organization inviting contact. */
const CONTACT_US = /\b(?:us|questions\??|contact|enquiries|inquiries|info|reach|dm|follow)\b[^.!?]{0,20}$/i;

/** A personal email or social-media profile, not one the post invites readers to contact. */
function privateAccount(post: Post, candidate: Candidate): boolean {
  if (candidate.type !== "email" && candidate.type !== "url") return false;
  if (!PRIVATE_ACCOUNT.test(post.text.slice(candidate.start, candidate.end))) return false;
  return !CONTACT_US.test(post.text.slice(Math.max(0, candidate.start - 30), candidate.start));
}

/** "my licence number", "our account 4471-...": the poster's or the organization's own. */
function ownedByPoster(post: Post, candidate: Candidate): boolean {
  return /\b(?:my|our)\b[^.!?,]{0,30}$/i.test(post.text.slice(Math.max(0, candidate.start - 32), candidate.start));
}

/**
 * A room or bed described as a place or a piece of equipment: "room 412 has the best sunrise view",
 * "Bed 7 is now a dedicated bariatric bed", "bay 3 is being refurbished". Nobody is in it.
 */
const ROOM_AS_PLACE =
  /^(?:\s(?:on|in) (?:our |the )?[\w ]{1,20}?)?\s(?:is|has|was|got|gets|now has|will be)\s(?:now\s|finally\s|just\s|officially\s)?(?:the best (?:view|window|spot|room)|(?:the|a) (?:best|great|nice|new|dedicated|beautiful|gorgeous|brand new) (?:[\w-]+ )?(?:view|window|bed|room|lift|tv|shower|bathroom|space|setup)|got a new|(?:been |being )?(?:renovated|repainted|refurbished|converted|deep cleaned|closed|out of (?:service|order))|(?:now )?(?:a |an )?(?:dedicated|designated) )/i;

/** Is an identifier (not a name) tied to a patient in this post? */
export function tiedToPatient(post: Post, candidate: Candidate): boolean {
  if (candidate.organization || quotedExample(post, candidate)) return false;
  if (candidate.type === "room" && ROOM_AS_PLACE.test(post.text.slice(candidate.end, candidate.end + 80))) return false;
  // A mock code on 3 West, a sim lab's bed 2: no real patient is there.
  if (SIMULATION.test(cuesOf(post).sentenceAt(candidate.start)?.text ?? "")) return false;
  if (
    candidate.type === "age" &&
    ageOfStaff(
      post.text.slice(Math.max(0, candidate.start - 8), candidate.start),
      post.text.slice(candidate.end, candidate.end + 60),
    )
  )
    return false;
  const sentence = cuesOf(post).sentenceAt(candidate.start) as SentenceCues | undefined;
  if (!sentence) return false;
  if (INTRINSIC.has(candidate.type))
    return !/\bmy (?:own )?$/i.test(
      post.text
        .slice(Math.max(0, candidate.start - 12), candidate.start)
        .replace(/\b(?:ssn|social|mrn|id|#|:)\s*$/i, ""),
    );
  // "One of our patients left his wallet ... Driver's license number 44-710-228, please call the front
  // desk": a private person's identifier stays theirs when the practice itself posts it.
  if (
    (PERSONAL.has(candidate.type) || privateAccount(post, candidate)) &&
    cuesOf(post).patient &&
    !ownedByPoster(post, candidate)
  )
    return true;
  if (sentence.organizationVoice && !sentence.patient) return false;
  if (sentence.ownNews && !sentence.patient) return false;
  // "her number is 07700 900418", "his home fax is ...": a third person's contact details in a patient post.
  if (
    (cuesOf(post).patient || aboutCare(post)) &&
    THIRD_PERSONS.test(post.text.slice(Math.max(0, candidate.start - 90), candidate.start))
  )
    return true;
  // "heading to Lisbon for the conference", "started on a stroke ward in Leicester": the poster's own trip or career.
  if (candidate.type === "location" && TRAVEL.test(sentence.text)) return false;
  if (sentence.patient) return true;
  if ((candidate.type === "age" || candidate.type === "date") && STAFF_SENTENCE.test(sentence.text)) return false;
  if (
    (PERSONAL.has(candidate.type) || candidate.label === "postcode" || candidate.label === "fundraiser link") &&
    !ownedByPoster(post, candidate) &&
    aboutCare(post)
  )
    return true;
  if (confirmsRelationship(post)) return true;
  if (facts(post).namesAPatient()) return true;
  if (placeOfCare(post, candidate, sentence)) return true;
  if (!cuesOf(post).patient) return false;
  if (candidate.type === "location" && placeOfThePatient(post, sentence)) return true;
  // The post is about a patient: identifiers in its health-related or neighbouring sentences are theirs.
  const index = cuesOf(post).sentences.indexOf(sentence);
  const neighbours = [cuesOf(post).sentences[index - 1], cuesOf(post).sentences[index + 1]];
  return sentence.health || neighbours.some((other) => other?.patient) || candidate.type === "room";
}

/**
 * Talks, trips, careers and the organization's milestones: a town in them is where the poster went or
 * whom a service reaches, not where a patient was.
 */
const TRAVEL =
  /\b(?:join(?:s|ed|ing)? (?:us|our|the)|(?:comes|came|coming) to us|previously|formerly|trained|research|started (?:as|at|out|work)|first (?:job|shift|placement)|placements?|rotations?|worked (?:as|at|in)|anniversary|served|serves|serving|milestone|celebrat\w*|conference|congress|summit|meeting|present(?:ed|ing)|presentation|talk|course|workshop|training|vacation|holiday|(?<!\b(?:class|field|school) )trip|moved|grew up|raised|residency|fellowship|campus|hiring|job|career|alumni|graduat\w*)\b/i;
/** A few people with the same illness from one place (not a rate across a county). */
const CLUSTER =
  /\b(?:cluster|same|another|(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:one|case|injury|time)|all (?:from|of them|working|live|lived|went|attend)|(?:two|three|four|five|six|seven|eight|nine|[2-9]) (?:[\w-]+ )?(?:kids|children|patients|pts|people|workers|students|residents|babies|cases|admits))\b/i;
/** Someone in the story: a pronoun or a person word. */
const SOMEONE =
  /\b(?:he|she|him|her|he'd|she'd|he's|she's|bystander|farmer|driver|worker|workers|man|woman|guy|lady|kid|teen|child|family|wife|husband|bloke|fella|lad|lass|gentleman|girl|boy|mum|mom|dad|cleaner|hire)\b/i;

/**
 * A named place in a sentence about illness or an emergency, in a post about someone: "witnessed
 * arrest in the parking lot of the Walmart on Route 9 ... He walked out of the cath lab", "three
 * patients, all working the same line at the Hartwell Plastics plant".
 */
function placeOfAnEvent(post: Post, sentence: SentenceCues): boolean {
  if (!sentence.health || TRAVEL.test(sentence.text)) return false;
  if (CLUSTER.test(sentence.text) || SOMEONE.test(sentence.text)) return true;
  const index = cuesOf(post).sentences.indexOf(sentence);
  const next = cuesOf(post).sentences[index + 1];
  return next !== undefined && SOMEONE.test(next.text);
}

/**
 * In a story about one patient, a named place in a sentence about him or her (or just before one) is
 * where the patient was, lives or goes: "Turns out he'd been fishing off the wharf at Greymouth",
 * "Bumped into him at the Countdown in Gore".
 */
/** "started as a healthcare assistant on a ward in Leicester": the poster's own career or trip. */
export function posterTrip(sentence: SentenceCues): boolean {
  return TRAVEL.test(sentence.text);
}

function placeOfThePatient(post: Post, sentence: SentenceCues): boolean {
  if (sentence.organizationVoice || sentence.ownNews || TRAVEL.test(sentence.text)) return false;
  if (SOMEONE.test(sentence.text)) return true;
  const index = cuesOf(post).sentences.indexOf(sentence);
  const next = cuesOf(post).sentences[index + 1];
  return next !== undefined && SOMEONE.test(next.text);
}

/** A numbered room, bed or bay, where one patient is (not a unit such as "4 West"). */
const ROOM_OR_BED = /^(?:room|rm|bed|bay|cubicle|resus|side room|exam)\b/i;
/** Events, openings and directions: the organization telling people where to come. */
const NOTICE =
  /\b(?:free|come|class|classes|course|register|sign up|all set|join us|event|open house|opens|opening|fair|drive|screenings?|checks|hours|directions|parking|located|suite|(?<!this |last |next )week)\b/i;

/** Calls, crews and referrals: a home address next to them is where someone was reached or lives. */
const INCIDENT_WORDS =
  /\b(?:lives (?:at|on)|(?:home|house|morning|afternoon|evening|first|next|daily|weekly) (?:visits?|calls?)|home ?health|visits? this week|(?:\d+(?:st|nd|rd|th)|another|second|third) visit|district nurs\w*|community nurs\w*|ambulance|ems|medics?|paramedics?|crew|dispatch\w*|911|999|000|fall|fell|found down|welfare check|lift assist|overdose|aps|cps|referral|lives alone|refuses|refused)\b/i;

/**
 * A room, bed, home address or ZIP in a sentence about illness or care is where a patient is, lives or
 * came from: "Room 7 in the birth centre is having a water birth", "crew says 4417 Birchwood Dr again",
 * "4 heat stroke admits from 85041"; a named place where an emergency happened. Not when the room hosts
 * staff business or the organization speaks.
 */
function placeOfCare(post: Post, candidate: Candidate, sentence: SentenceCues): boolean {
  if (sentence.organizationVoice) return false;
  if (candidate.type === "location") return placeOfAnEvent(post, sentence);
  const around = post.text.slice(Math.max(0, candidate.start - 40), candidate.end + 60);
  if (NOTICE.test(sentence.text)) return false;
  if (candidate.type === "room")
    return (
      ROOM_OR_BED.test(post.text.slice(candidate.start, candidate.end)) &&
      sentence.health &&
      !STAFF_GATHERING.test(around)
    );
  if (candidate.type === "zip") return sentence.health;
  return candidate.type === "address" && homeVisit(post, sentence);
}

/** A call, a referral or a home visit next to an address in a sentence about illness. */
function homeVisit(post: Post, sentence: SentenceCues): boolean {
  const index = cuesOf(post).sentences.indexOf(sentence);
  const nearby = cuesOf(post).sentences.slice(Math.max(0, index - 1), index + 2);
  return nearby.some((other) => INCIDENT_WORDS.test(other.text)) && nearby.some((other) => other.health);
}
