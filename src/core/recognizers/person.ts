import { mentionsHealth } from "../context/health-terms";
import { AMBIGUOUS_FIRST_NAMES, CITIES, FIRST_NAMES, KNOWN_WORDS, LAST_NAMES, REGIONS } from "../context/name-lexicon";
import { type Token, tokenize } from "../text/tokens";
import type { Candidate, Recognizer } from "./recognizer";

/** Titles before a surname. Clinicians' titles are labelled so rules can tell staff from patients. */
const HONORIFICS: Record<string, string> = {
  mr: "honorific",
  mrs: "honorific",
  ms: "honorific",
  miss: "honorific",
  mx: "honorific",
  mister: "honorific",
  // A traditional title ("Chief Adebayo", "Chief Anyanwu's family"); capitalized only, checked below.
  chief: "honorific",
  dr: "clinician",
  doctor: "clinician",
  doc: "clinician",
  nurse: "clinician",
  // A ward sister (a senior nurse in the UK and Ireland) or a religious sister: "Sister Bernadette Kavanagh".
  sister: "clinician",
  matron: "clinician",
  prof: "clinician",
  professor: "clinician",
  senator: "public figure",
  sen: "public figure",
  governor: "public figure",
  gov: "public figure",
  mayor: "public figure",
  minister: "public figure",
  mp: "public figure",
  rep: "public figure",
  congressman: "public figure",
  congresswoman: "public figure",
  councilman: "public figure",
  councilwoman: "public figure",
  judge: "public figure",
  principal: "public figure",
  superintendent: "public figure",
  coach: "public figure",
  // Kin words used as titles of respect for older people: "Mama Adaeze", "Ate Marites", "Lola Carmen".
  // Capitalized only, checked below ("ate lunch" is a verb).
  mama: "kin title",
  papa: "kin title",
  ate: "kin title",
  kuya: "kin title",
  tita: "kin title",
  tito: "kin title",
  lola: "kin title",
  lolo: "kin title",
  baba: "kin title",
  abuela: "kin title",
  abuelita: "kin title",
  abuelo: "kin title",
  abuelito: "kin title",
  tía: "kin title",
  tío: "kin title",
  grandma: "relative",
  grandpa: "relative",
  granny: "relative",
  nana: "relative",
  aunt: "relative",
  auntie: "relative",
  uncle: "relative",
  // Courtesy titles from other languages, used as "Mr." and "Mrs." are: "bà Lan", "Pan Wiśniewski",
  // "doña Carmen". Many are also words ("pan", "don"), so the name after them must be capitalized.
  bà: "courtesy",
  ông: "courtesy",
  cô: "courtesy",
  chú: "courtesy",
  bác: "courtesy",
  don: "courtesy",
  doña: "courtesy",
  dona: "courtesy",
  señor: "courtesy",
  senor: "courtesy",
  señora: "courtesy",
  senora: "courtesy",
  sra: "courtesy",
  srta: "courtesy",
  pan: "courtesy",
  pani: "courtesy",
  herr: "courtesy",
  frau: "courtesy",
  madame: "courtesy",
  mme: "courtesy",
  monsieur: "courtesy",
  signor: "courtesy",
  signora: "courtesy",
  senhor: "courtesy",
  senhora: "courtesy",
  mzee: "courtesy",
  bibi: "courtesy",
  haji: "courtesy",
  hajji: "courtesy",
  pastor: "title",
  father: "title",
  rev: "title",
  officer: "title",
  sgt: "title",
  capt: "title",
};

/** Kin titles that also open brand names and sayings ("Papa John's", "Mama Mia"). */
const EVERYDAY_KIN_TITLES = new Set(["mama", "papa", "baba"]);

const RELATIVES = new Set(
  "wife husband son daughter mom mother dad father sister brother grandson granddaughter niece nephew partner fiance fiancee girlfriend boyfriend aunt uncle cousin".split(
    " ",
  ),
);

/** Words right before a name that mark it as a patient's ("pt Amy", "my patient Carlos", "baby Harper"). */
const PATIENT_ANCHORS = new Set([
  "pt",
  "pts",
  "patient",
  "patients",
  // as fast thumbs type it
  "pateint",
  "patinet",
  "paitent",
  "ptnt",
  "baby",
  "newborn",
  "resident",
  "client",
  // a pet's owner is the patient's guardian: "owner jen harper says thanks"
  "owner",
]);
const GREETINGS = new Set([
  "hi",
  "hello",
  "hey",
  "dear",
  "thanks",
  "thank",
  "congrats",
  "congratulations",
  "welcome",
  "bye",
  "goodbye",
  "shoutout",
  "meet",
  "introducing",
]);
/** Words that follow a lowercase name after "pt" ("pt priya just told me"): evidence it is a name. */
const AFTER_LOWERCASE_NAME =
  /^\s(?:just|told|said|says|is|was|has|had|keeps|kept|wants|wanted|asked|asks|came|went|refuses|refused|from|in|with|and|who|finally|still|got|needs)\b/;

/** Capitalized words that end a name: places, organizations, times, units. */
const NOT_NAME = new Set(
  (
    "hospital clinic health medical center centre university college school county street st avenue ave road rd lane ln drive blvd " +
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday january february march april june july august september october november december " +
    "i im i'm icu er ed or nicu picu pacu md do rn np pa dds phd jr sr ii iii iv the a an and or but so of in on at to for with from by is was " +
    "god lord jesus christmas easter thanksgiving halloween covid team staff unit floor wing department dept east west north south " +
    "happy merry congrats congratulations thanks thank welcome hi hello hey dear please " +
    // "our Patient Relations office", "Patient Services": a department after a patient word.
    "relations services liaison advocate advocacy portal experience navigator" +
    " mom dad mama papa grandma grandpa nana papa aunt uncle"
  ).split(" "),
);

/** An age right after a name: "Fisk, 92,", "Ava (age 8)", "Jaylen Brooks, the 17yo", "Mateo, 6, rang the bell". */
const AGE_AFTER_NAME =
  /^(?:,\s(?:9\d|1[01]\d|\d{1,2}),|\s\((?:age\s)?\d{1,3}\)|,\s(?:the |a |an |our |my )?\d{1,3}[- ]?(?:yo|y\/o|y\.o\.|years?[- ]old|yr[- ]old|mo[- ]old|months?[- ]old|weeks?[- ]old)\b)/;

/** "sharing Adaeze's journey", "Keoni's recovery": a name owning a care story. */
const STORY_OWNER =
  /^'s (?:[\w-]+ )?(?:story|journey|progress|transformation|recovery|results|fight|battle|smile|testimonial)\b/;

/**
 * Verbs that follow a patient's first name at the start of a story ("Emma came in", "Jose coded"), and
 * what the name was to the unit ("Aoife was our tiniest NICU graduate").
 */
const PATIENT_STORY_VERB =
  /^\s(?:\([^)]{1,20}\)\s)?(?:came in|was admitted|was discharged|was seen|went home|got discharged|coded|passed|underwent|finished|rang the bell|turned (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|took (?:his|her|their) first|is recovering|had (?:his|her|their) |beat |was diagnosed|presented|arrived|fell|crashed|delivered|is doing|is back|needed|said (?:i|we) (?:could|can) (?:share|post)|(?:gave|has given) (?:us|me) permission|agreed to (?:share|let us)|(?:was|is|became) (?:our|my) (?:[\w-]+ ){0,2}?(?:patient|pt|graduate|grad|preemie|micro-?preemie|miracle|warrior|fighter|survivor|baby)\b)/;

/** Right after a name: "in" and a room or bed ("priya in 5B", "JT in 14B", "Lan in rm 302"), not a duration. */
const IN_ROOM_AFTER =
  /^ (?:(?:on|from|in) \d{1,2} ?(?:west|east|north|south|West|East|North|South)\b|in (?:room |rm |bed |bay )?#?(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?![\w-]|[:.,]\d)(?!\s?(?:mg|mcg|ml|min|mins|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|patients?|pts?|people|ppl|%|am|pm|rooms|beds|spots|places)\b))/;
/** Unit and role abbreviations that stand where initials would ("ICU in 4", "PT in 2"). */
const ACRONYMS = new Set(
  "ICU ER ED OR PT RN MD NP PA CT IV GI ENT EMS CNA LPN OB US UK ID IT HR BP OT ST DR MRI EKG ECG CCU PCU SDU PACU NICU PICU LD LDR ORS DNR AMA ASAP FYI TBH IMO LOL OMG BTW".split(
    " ",
  ),
);
const DETERMINERS = new Set(
  "the a an our my your his her their this that these those some any every each no".split(" "),
);
/** Nicknames before a given name: "big mike", "little amara", "lil Jay". */
const NICKNAME_PREFIXES = new Set(["big", "little", "lil", "sweet", "ol", "wee"]);
/** What follows a lowercase given name in a story: "little amara, her family...", "big mike from the 4th floor". */
const AFTER_GIVEN_NAME =
  /^(?:,|\s(?:from|in|on|at|is|was|who|has|had|keeps|kept|just|finally|came|went|and|with|says|said|asked|wants|got|needs)\b)/;

/** A word that can be a name even in lowercase: not a known word, not a place, not a health term. */
function couldBeLowercaseName(token: Token): boolean {
  let verdict = LOWERCASE_NAME_VERDICTS.get(token.text);
  if (verdict === undefined) {
    verdict =
      /^[a-z\u00C0-\u024F\u1E00-\u1EFF][a-z\u00C0-\u024F\u1E00-\u1EFF'-]{2,}$/.test(token.text) &&
      !isKnownWordForm(token.lower) &&
      !AMBIGUOUS_FIRST_NAMES.has(token.lower) &&
      !NOT_NAME.has(token.lower) &&
      !REGIONS.has(token.lower) &&
      !CITIES.has(token.lower) &&
      !PATIENT_ANCHORS.has(token.lower) &&
      !GREETINGS.has(token.lower) &&
      !HONORIFICS[token.lower] &&
      !mentionsHealth(token.lower);
    if (LOWERCASE_NAME_VERDICTS.size >= MAX_REMEMBERED_WORDS) LOWERCASE_NAME_VERDICTS.clear();
    LOWERCASE_NAME_VERDICTS.set(token.text, verdict);
  }
  return verdict;
}

/** Everyday clipped words the lexicon lacks: "patient info", "staff pics", "the convo". */
const CLIPPED_WORDS = new Set(
  "info infos pic pics pix convo convos admin docs stats specs meds vitals labs deets reqs prefs ppl peeps demo demos promo promos rep reps vax".split(
    " ",
  ),
);

/** Each word's answer, once: posts repeat the same few thousand words, and the answer is the word's alone. */
const LOWERCASE_NAME_VERDICTS = new Map<string, boolean>();
const MAX_REMEMBERED_WORDS = 20_000;

/**
 * The lexicon lists words in their plain form: "founded", "cases" and "stickers" are known words too.
 * Strips the common endings and looks again.
 */
function isKnownWordForm(lower: string): boolean {
  if (KNOWN_WORDS.has(lower) || CLIPPED_WORDS.has(lower)) return true;
  const stems = [
    lower.replace(/s$/, ""),
    lower.replace(/es$/, ""),
    lower.replace(/ies$/, "y"),
    lower.replace(/ed$/, ""),
    lower.replace(/d$/, ""),
    lower.replace(/ied$/, "y"),
    lower.replace(/(\w)\1ed$/, "$1"),
    lower.replace(/ing$/, ""),
    lower.replace(/ing$/, "e"),
    lower.replace(/(\w)\1ing$/, "$1"),
    lower.replace(/ly$/, ""),
    lower.replace(/er$/, ""),
  ];
  return stems.some((stem) => stem !== lower && stem.length >= 3 && KNOWN_WORDS.has(stem));
}

/** Words after which a lowercase word can start a name: "shoutout to tony in 5B", "praying for kayden". */
const BEFORE_LOWERCASE_NAME = new Set(
  "to for and with & saw see visit visited love miss pray praying told asked".split(" "),
);

/**
 * "priya in 5B", "JT in 14B": initials, or a word that can be a name, right before a room. A lowercase
 * word that is no known name must open the sentence or follow a word that leads to a person ("the new
 * grads in 6 North" is a group, not a name).
 */
function namesSomeoneInRoom(token: Token, previous: Token | undefined): boolean {
  if (previous && DETERMINERS.has(previous.lower)) return false;
  if (/^[A-Z]{2,3}$/.test(token.text)) return !ACRONYMS.has(token.text);
  if (FIRST_NAMES.has(token.lower))
    return token.capitalized
      ? isNameLike(token)
      : !AMBIGUOUS_FIRST_NAMES.has(token.lower) && !KNOWN_WORDS.has(token.lower);
  const opens = token.sentenceStart || (previous !== undefined && BEFORE_LOWERCASE_NAME.has(previous.lower));
  if (!opens) return false;
  return token.capitalized
    ? isNameLike(token) && couldBeLowercaseName({ ...token, text: token.lower })
    : couldBeLowercaseName(token);
}

function isNameLike(token: Token | undefined): boolean {
  if (!token?.capitalized) return false;
  return !NOT_NAME.has(token.lower) && !REGIONS.has(token.lower) && !CITIES.has(token.lower);
}

function isFirstName(token: Token): boolean {
  return FIRST_NAMES.has(token.lower) && !NOT_NAME.has(token.lower);
}

/** Can this capitalized word be a surname or a second given name after a first name? */
function canFollow(token: Token | undefined): boolean {
  if (!isNameLike(token)) return false;
  const lower = (token as Token).lower;
  return FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || !KNOWN_WORDS.has(lower);
}

interface Found {
  start: number;
  end: number;
  confidence: number;
  label?: string;
}

/**
 * Extends a name from token `first` over following surname-like words, a quoted nickname
 * (Robert "Bobby" Tran) and an initial ("Maria J. Gomez"); returns the index after the last name token.
 */
function extendName(text: string, tokens: Token[], first: number, lenient = false): { endIndex: number; end: number } {
  let index = first + 1;
  let end = (tokens[first] as Token).end;
  let added = 0;
  while (index < tokens.length && added < 3) {
    const token = tokens[index] as Token;
    const gap = text.slice(end, token.start);
    if (gap === ' "' || gap === " '") {
      const closing = text.slice(token.end, token.end + 2);
      if ((closing === '" ' || closing === "' ") && isNameLike(token) && canFollow(tokens[index + 1])) {
        index++;
        end = token.end + 1;
        continue;
      }
      break;
    }
    if (gap !== " " && gap !== ". " && !(gap === " " && token.text.length === 1)) break;
    if (gap === ". " && (tokens[index - 1] as Token).text.length !== 1) break;
    if (token.text.length === 1 && /^[A-Z]$/.test(token.text) && text[token.end] === ".") {
      index++;
      end = token.end + 1;
      continue;
    }
    // One or two particles inside a name: "Nguyen Van Minh", "Pádraig Mac Giolla", "Ana de la Cruz".
    const particles = NAME_PARTICLES.has(token.lower)
      ? NAME_PARTICLES.has(tokens[index + 1]?.lower ?? "")
        ? 2
        : 1
      : 0;
    const afterParticle = tokens[index + particles];
    if (
      particles > 0 &&
      gap === " " &&
      afterParticle !== undefined &&
      text.slice(token.end, afterParticle.start) === (particles === 2 ? ` ${tokens[index + 1]?.text} ` : " ") &&
      isNameLike(afterParticle)
    ) {
      end = afterParticle.end;
      index += particles + 1;
      added++;
      continue;
    }
    // After "pt" or a title, any capitalized word continues the name ("pt Danielle Frost").
    const follows = canFollow(token) || (lenient && isNameLike(token) && !token.sentenceStart);
    if (!follows || (token.sentenceStart && gap !== " ")) break;
    end = token.end;
    index++;
    added++;
  }
  return { endIndex: index, end };
}

export function findNames(text: string): Found[] {
  const tokens = tokenize(text);
  const found: Found[] = [];
  let index = 0;
  const push = (start: number, end: number, confidence: number, label?: string) =>
    found.push({ start, end, confidence, ...(label ? { label } : {}) });
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    const gapToNext = next ? text.slice(token.end, next.start) : "";
    // 1. A title and a surname: "Mrs. Alvarez", "Dr. Raman", "Senator Diaz".
    const title = HONORIFICS[token.lower];
    const lowercaseSurname =
      title === "honorific" &&
      next !== undefined &&
      !next.capitalized &&
      !KNOWN_WORDS.has(next.lower) &&
      !NOT_NAME.has(next.lower) &&
      /^[a-z][a-z'-]{2,}$/.test(next.text);
    // A courtesy title from another language may be typed in lowercase with its name ("bà nguyen"),
    // but only titles that are no English word ("bà", "ông", "señora"), before a known name.
    const lowercaseCourtesyName =
      title === "courtesy" &&
      next !== undefined &&
      !next.capitalized &&
      /[\u00C0-\u024F\u1E00-\u1EFF]/.test(token.text) &&
      (LAST_NAMES.has(next.lower) || FIRST_NAMES.has(next.lower));
    // A post in capitals keeps its titles: "WHO LEFT MRS. GUTIERREZ'S WALKER".
    const shoutedSurname =
      (title === "honorific" || title === "courtesy") &&
      next !== undefined &&
      /^[A-Z]{2,}$/.test(token.text) &&
      /^[A-Z][A-Z'-]{2,}$/.test(next.text) &&
      !KNOWN_WORDS.has(next.lower) &&
      !NOT_NAME.has(next.lower);
    // After a personal title a place word is a name: "Mrs. Guadalupe Ibarra", "Mr. Austin".
    const titledPlaceName =
      (title === "honorific" || title === "courtesy" || title === "kin title") &&
      next !== undefined &&
      next.capitalized &&
      !NOT_NAME.has(next.lower) &&
      (CITIES.has(next.lower) || REGIONS.has(next.lower));
    // "St. Mary's" is a saint or a hospital, not a person.
    const saint = token.lower === "st" && text[token.end] === ".";
    if (saint) {
      index += 2;
      continue;
    }
    if (
      title &&
      next &&
      (isNameLike(next) || titledPlaceName || shoutedSurname || lowercaseSurname || lowercaseCourtesyName) &&
      (title !== "courtesy" || next.capitalized || lowercaseCourtesyName || shoutedSurname) &&
      (title !== "kin title" ||
        (token.capitalized && next.capitalized && (FIRST_NAMES.has(next.lower) || !KNOWN_WORDS.has(next.lower)))) &&
      /^\.?\s$/.test(gapToNext) &&
      (title !== "clinician" || token.capitalized || token.lower === "dr")
    ) {
      if (
        token.lower === "doc" ||
        token.lower === "nurse" ||
        token.lower === "sister" ||
        token.lower === "matron" ||
        token.lower === "minister" ||
        token.lower === "coach" ||
        token.lower === "father" ||
        token.lower === "judge" ||
        token.lower === "chief"
      ) {
        // "Chief Complaint", "Chief Resident": a role or a chart heading, not a title before a surname.
        if (
          !token.capitalized ||
          (token.lower === "chief" && (KNOWN_WORDS.has(next.lower) || CHIEF_OF.test(next.lower)))
        ) {
          index++;
          continue;
        }
      }
      const { endIndex, end } = extendName(text, tokens, index + 1, true);
      // "Mama Adaeze Okonkwo" is a title of respect; "Mama Mia", "Papa John's" and "Baba Ganoush" are not:
      // the commonest kin titles need a full name after them.
      if (EVERYDAY_KIN_TITLES.has(token.lower) && endIndex - index < 3) {
        index++;
        continue;
      }
      // "Mrs." and its equivalents belong to the name; a role ("Dr.", "Senator") labels it instead.
      const personalTitle = title === "honorific" || title === "courtesy";
      const start = personalTitle ? token.start : next.start;
      // A relative's title ("grandma Jean") is a plain name: "my grandma Rose" is family, decided by the rules.
      const label = personalTitle || title === "relative" || title === "kin title" ? undefined : title;
      push(start, end, personalTitle ? 0.9 : 0.8, label);
      index = endIndex;
      continue;
    }
    // A patient's relative by name: "pt's wife Carol", "patient's daughter Maria Lopez".
    if (
      (token.lower === "pt" || token.lower === "patient") &&
      /^'s\s$/i.test(text.slice(token.end, next?.start ?? token.end)) &&
      next &&
      RELATIVES.has(next.lower) &&
      isNameLike(tokens[index + 2]) &&
      text.slice(next.end, (tokens[index + 2] as Token).start) === " "
    ) {
      const { endIndex, end } = extendName(text, tokens, index + 2, true);
      push((tokens[index + 2] as Token).start, end, 0.8, "patient");
      index = endIndex;
      continue;
    }
    // 2. A patient word and a name: "pt Amy Ortiz", "my patient Carlos", "baby Harper", "pt amy ortiz".
    // A period after "pt" is an abbreviation ("Pt. Smith"); after "patient" it ends the sentence.
    const anchorGap = token.lower === "pt" || token.lower === "pts" ? /^\.?:?\s$/ : /^:?\s$/;
    // "baby boy Castillo", "baby girl Reyes": the name comes after the sex.
    if (token.lower === "baby" && next && /^(?:boy|girl)$/i.test(next.text) && isNameLike(tokens[index + 2])) {
      const { endIndex, end } = extendName(text, tokens, index + 2, true);
      push((tokens[index + 2] as Token).start, end, 0.85, "patient");
      index = endIndex;
      continue;
    }
    // "a pt named darnell", "patient called Rosa": the name comes after "named".
    // "a 19-year-old named Chidi", "a lad called Finn": a person in a story, then their name.
    const namedAfterAnchor =
      (token.lower === "named" || token.lower === "called") &&
      (PATIENT_ANCHORS.has(tokens[index - 1]?.lower ?? "") ||
        STORY_PERSON_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)));
    // "pt is Huong Tran", "patient was Mr Ali": the name after "is", capitalized.
    const after = tokens[index + 2];
    if (
      PATIENT_ANCHORS.has(token.lower) &&
      next &&
      (next.lower === "is" || next.lower === "was") &&
      after?.capitalized &&
      text.slice(next.end, after.start) === " " &&
      isNameLike(after) &&
      (isFirstName(after) || !KNOWN_WORDS.has(after.lower))
    ) {
      const { endIndex, end } = extendName(text, tokens, index + 2, true);
      push(after.start, end, 0.8, "patient");
      index = endIndex;
      continue;
    }
    // "our girl Priyanka", "our warrior Mateo", "our NICU graduate Amara": the practice's way of naming its patient.
    if (
      OUR_ONE.has(token.lower) &&
      (tokens[index - 1]?.lower === "our" ||
        (tokens[index - 2]?.lower === "our" && OUR_ONE_QUALIFIERS.has(tokens[index - 1]?.lower ?? ""))) &&
      next?.capitalized &&
      gapToNext === " " &&
      isNameLike(next) &&
      (isFirstName(next) || !KNOWN_WORDS.has(next.lower))
    ) {
      const { endIndex, end } = extendName(text, tokens, index + 1, true);
      push(next.start, end, 0.75, "patient");
      index = endIndex;
      continue;
    }
    if ((PATIENT_ANCHORS.has(token.lower) || namedAfterAnchor) && next && anchorGap.test(gapToNext)) {
      const lowerName =
        !next.capitalized &&
        !KNOWN_WORDS.has(next.lower) &&
        !CLIPPED_WORDS.has(next.lower) &&
        !AMBIGUOUS_FIRST_NAMES.has(next.lower) &&
        /^[a-z]{3,}$/.test(next.text) &&
        (isFirstName(next) || AFTER_LOWERCASE_NAME.test(text.slice(next.end, next.end + 12)));
      // "patient Park Min-jun": a family name that is also a word, then a hyphenated given name.
      const givenAfter = tokens[index + 2];
      const hyphenatedGiven =
        givenAfter !== undefined &&
        text.slice(next.end, givenAfter.start) === " " &&
        /^[A-Z][a-z]+-[a-z]+$/.test(givenAfter.text);
      const capitalName =
        isNameLike(next) &&
        (canFollow(next) || isFirstName(next) || AMBIGUOUS_FIRST_NAMES.has(next.lower) || hyphenatedGiven);
      if (capitalName || lowerName) {
        let { endIndex, end } = extendName(text, tokens, index + 1, true);
        if (lowerName) {
          const after = tokens[index + 2];
          const surnameLike =
            after !== undefined &&
            (LAST_NAMES.has(after.lower) ||
              (/^[a-z]{3,}$/.test(after.text) &&
                !KNOWN_WORDS.has(after.lower) &&
                !AFTER_LOWERCASE_NAME.test(` ${after.text}`)));
          if (after && text.slice(next.end, after.start) === " " && surnameLike) {
            endIndex = index + 3;
            end = after.end;
          }
        }
        push(next.start, end, 0.85, "patient");
        index = endIndex;
        continue;
      }
    }
    // 3. Someone addressed by name: "Hi Denise,", "Thanks Gary!", "Welcome Dr. Raman" (the title wins above).
    if (GREETINGS.has(token.lower) && next) {
      let nameIndex = index + 1;
      if (token.lower === "thank" && next.lower === "you") nameIndex = index + 2;
      // "Big congrats to Chinwe Obi-Adeyemi who...": the name after "to" is talked about, not spoken to.
      const aboutThem =
        tokens[nameIndex]?.lower === "to" && (token.lower === "congrats" || token.lower === "congratulations");
      if (aboutThem) nameIndex++;
      const candidate = tokens[nameIndex];
      const gap = candidate ? text.slice((tokens[nameIndex - 1] as Token).end, candidate.start) : "";
      // "thank you Paws of Hope!", "thanks Friends of the Library": a word that is no first name, then
      // "of" and a capitalized word, names an organization.
      const organization =
        candidate !== undefined &&
        !isFirstName(candidate) &&
        /^\s(?:of|for)\s(?:the\s)?[A-Z]/.test(text.slice(candidate.end, candidate.end + 10));
      if (
        candidate &&
        !organization &&
        (gap === " " || gap === ", ") &&
        isNameLike(candidate) &&
        !HONORIFICS[candidate.lower] &&
        canFollow(candidate)
      ) {
        const { endIndex, end } = extendName(text, tokens, nameIndex);
        // "Meet Hamid!", "Introducing Lena": the name is shown to the readers, not spoken to.
        push(candidate.start, end, 0.7, INTRODUCTIONS.has(token.lower) || aboutThem ? undefined : "addressed");
        index = endIndex;
        continue;
      }
    }
    // 4. "Gomez, Maria": a surname, a comma, a first name.
    if (
      token.capitalized &&
      LAST_NAMES.has(token.lower) &&
      next &&
      gapToNext === ", " &&
      next.capitalized &&
      isFirstName(next)
    ) {
      push(token.start, next.end, 0.8, "surname first");
      index += 2;
      continue;
    }
    // 5. A family by surname: "the Nguyens", "the Alvarez family".
    if (token.lower === "the" && next && next.capitalized && gapToNext === " ") {
      // "the O'Sullivans", "the McKennas": a prefixed family name is plural the same way.
      const pluralForm = /^(?:O'|Mc|Mac)?[A-Z][a-z]{2,}s$/.test(next.text);
      // "the Pyxis", "the Lexus", "the Walrus": a plural family name never ends in -is, -us or -ss
      // ("the Harrises"), so such a word is one thing, unless the lists know the stem ("the Rossis").
      const singularEnding = /(?:is|us|ss)$/.test(next.lower) && !LAST_NAMES.has(next.lower.slice(0, -1));
      const plural = pluralForm && !singularEnding ? next.lower.replace(/e?s$/, "") : "";
      const after = tokens[index + 2];
      const familyAfter = /^(?:family|kids|twins|triplets|boys|girls|baby|children|sisters|brothers)$/.test(
        after?.lower ?? "",
      );
      // "the Johnsons Bakery", "the Texas Nurses Association": a capitalized word after it makes it a name of a thing.
      const partOfTitle = after?.capitalized === true && text.slice(next.end, (after as Token).start) === " ";
      const surname =
        !partOfTitle &&
        !REGIONS.has(next.lower) &&
        !CITIES.has(next.lower) &&
        (LAST_NAMES.has(plural) ||
          LAST_NAMES.has(next.lower.slice(0, -1)) ||
          (plural !== "" && !KNOWN_WORDS.has(plural) && !KNOWN_WORDS.has(next.lower)));
      // "on the Tablelands", "up in the Rockies": a region after a place preposition, not a family.
      const region = /\b(?:on|in|at|across|near|over|through|around|up|down|out|beyond)\s$/i.test(
        text.slice(Math.max(0, token.start - 8), token.start),
      );
      if (
        ((plural !== "" && surname) || (familyAfter && isNameLike(next))) &&
        !(region && !familyAfter && !LAST_NAMES.has(next.lower))
      ) {
        push(next.start, familyAfter ? (tokens[index + 2] as Token).end : next.end, 0.6, "family");
        index += 2;
        continue;
      }
    }
    // Someone right before a room, in any case: "priya in 5B", "JT in 14B keeps asking for me".
    // Whose room it is (a patient's, or a nurse working in it) is the rules' call.
    if (IN_ROOM_AFTER.test(text.slice(token.end, token.end + 40)) && namesSomeoneInRoom(token, tokens[index - 1])) {
      push(token.start, token.end, 0.6);
      index++;
      continue;
    }
    // A nickname and a given name: "big mike from the 4th floor", "little amara, her family...".
    if (NICKNAME_PREFIXES.has(token.lower) && next && gapToNext === " ") {
      const after = text.slice(next.end, next.end + 12);
      // "the big RCTs", "big ICU news": an acronym after "big" is not a given name.
      const given = next.capitalized
        ? isNameLike(next) && !KNOWN_WORDS.has(next.lower) && !/^[A-Z]{2,}s?$/.test(next.text)
        : couldBeLowercaseName(next) && (FIRST_NAMES.has(next.lower) || AFTER_GIVEN_NAME.test(after));
      if (given) {
        push(token.start, next.end, 0.6);
        index += 2;
        continue;
      }
    }
    // 6. A known first name, capitalized: "Emma (age 8)", "Dana Whitfield". Everyday words that are also
    //    names need a surname after them, or a story verb.
    if (token.capitalized && isFirstName(token) && !HONORIFICS[token.lower]) {
      // At the start of a sentence, a name-like word followed by an article is an imperative ("Skip the ER").
      const imperative =
        token.sentenceStart &&
        /^\s(?:the|a|an|your|our|my|this|that|these|those|it|them|out|up)\b/i.test(
          text.slice(token.end, token.end + 8),
        );
      const ambiguous =
        imperative || AMBIGUOUS_FIRST_NAMES.has(token.lower) || (KNOWN_WORDS.has(token.lower) && token.sentenceStart);
      const hasSurname = gapToNext === " " && canFollow(next) && !isFirstName(next as Token);
      const storyVerb = PATIENT_STORY_VERB.test(text.slice(token.end, token.end + 40));
      if (!ambiguous || hasSurname || storyVerb) {
        const { endIndex, end } = extendName(text, tokens, index);
        // "Great question, Aisha!": a name set off by a comma and closing the sentence is spoken to.
        const spokenTo = text.slice(token.start - 2, token.start) === ", " && /^[.!?]/.test(text.slice(end, end + 1));
        push(token.start, end, hasSurname ? 0.75 : 0.6, spokenTo ? "addressed" : undefined);
        index = endIndex;
        continue;
      }
    }
    // A name the lists lack, spoken to in a post that says "you": "Chidi!! We still talk about you",
    // "Kenji, thank you for the kind words", "So sorry to hear this, Gráinne." Whether the reply confirms
    // care is the rules' call (an addressed name is a patient's only then).
    if (
      token.capitalized &&
      /^[A-Z][a-z\u00C0-\u024F'-]{2,}$/.test(token.text) &&
      !KNOWN_WORDS.has(token.lower) &&
      isNameLike(token) &&
      !mentionsHealth(token.lower) &&
      ((token.sentenceStart && /^(?:,\s|!)/.test(text.slice(token.end, token.end + 2))) ||
        (text.slice(token.start - 2, token.start) === ", " && /^[.!?]/.test(text.slice(token.end, token.end + 1)))) &&
      SPEAKS_TO.test(text)
    ) {
      push(token.start, token.end, 0.55, "addressed");
      index++;
      continue;
    }
    // A name said to the reader at the end of a sentence: "..., Pat." "..., Linda!"
    if (
      token.capitalized &&
      (isFirstName(token) || AMBIGUOUS_FIRST_NAMES.has(token.lower)) &&
      text.slice(token.start - 2, token.start) === ", " &&
      /^[.!?]/.test(text.slice(token.end, token.end + 1))
    ) {
      push(token.start, token.end, 0.6, "addressed");
      index++;
      continue;
    }
    // One or two words that are no known word, owning care: "pull up priya nair's troponins", "Thuy's
    // chemo", "bao's labs". The name lists are small; a health word after the possessive is the evidence.
    const possessiveName = careOwner(text, tokens, index);
    if (possessiveName > index) {
      const last = tokens[possessiveName - 1] as Token;
      push(token.start, last.end, 0.55);
      index = possessiveName;
      continue;
    }
    // A lowercase given name and surname, both in the name lists: "saw maria gonzalez in clinic".
    if (
      !token.capitalized &&
      next &&
      gapToNext === " " &&
      FIRST_NAMES.has(token.lower) &&
      LAST_NAMES.has(next.lower) &&
      !next.capitalized &&
      couldBeLowercaseName(token) &&
      couldBeLowercaseName(next)
    ) {
      push(token.start, next.end, 0.6);
      index += 2;
      continue;
    }
    // An unknown capitalized word someone does something for, ending the clause: "ringing the bell for
    // Thuy!!", "so proud of Keoni.", "shoutout to Amaru, who...". Whose name it is is the rules' call.
    if (
      token.capitalized &&
      !token.sentenceStart &&
      /^[A-Z][a-z\u00C0-\u024F'-]{2,}$/.test(token.text) &&
      BEFORE_UNKNOWN_NAME.has(tokens[index - 1]?.lower ?? "") &&
      text.slice((tokens[index - 1] as Token).end, token.start) === " " &&
      /^(?:[!.,;:]|\s(?:who|whose)\b)/.test(text.slice(token.end, token.end + 7)) &&
      !KNOWN_WORDS.has(token.lower) &&
      isNameLike(token) &&
      !mentionsHealth(token.lower)
    ) {
      push(token.start, token.end, 0.55);
      index++;
      continue;
    }
    // 7. An unknown capitalized word opening a patient story: "Jaylen came in with ...", "Fisk, 92,",
    //    "Jaylen Brooks, the 17yo from...".
    if (token.capitalized && !KNOWN_WORDS.has(token.lower) && isNameLike(token)) {
      let { endIndex, end } = extendName(text, tokens, index);
      // A surname that is also a word, then an age: "Ji-woo Park (age 9)", "Thuy Long, 67,".
      const surname = tokens[endIndex];
      if (
        surname?.capitalized &&
        text.slice(end, surname.start) === " " &&
        AGE_AFTER_NAME.test(text.slice(surname.end, surname.end + 40))
      ) {
        end = surname.end;
        endIndex++;
      }
      const after = text.slice(token.end, token.end + 40);
      const afterName = text.slice(end, end + 40);
      if (
        PATIENT_STORY_VERB.test(after) ||
        PATIENT_STORY_VERB.test(afterName) ||
        AGE_AFTER_NAME.test(after) ||
        AGE_AFTER_NAME.test(afterName) ||
        STORY_OWNER.test(text.slice(token.end, token.end + 30))
      ) {
        push(token.start, end, 0.55);
        index = endIndex;
        continue;
      }
    }
    index++;
  }
  // A name in a hashtag of care: "#PrayersForLuisito", "#TeamAmara", "#KeoniStrong".
  for (const match of text.matchAll(HASHTAG_NAME)) {
    const value = (match[1] ?? match[2]) as string;
    if (KNOWN_WORDS.has(value.toLowerCase()) && !FIRST_NAMES.has(value.toLowerCase())) continue;
    const start = (match.index ?? 0) + match[0].indexOf(value, 1);
    push(start, start + value.length, 0.6);
  }
  // The reviewer thanked by name in a review reply: "Thank you for the 5 stars Pradeep!", "Thanks so much
  // for the kind review, Ji-hoon!".
  for (const match of text.matchAll(THANKED_REVIEWER)) {
    const value = match[1] as string;
    if (KNOWN_WORDS.has(value.toLowerCase()) && !FIRST_NAMES.has(value.toLowerCase())) continue;
    const start = (match.index ?? 0) + match[0].length - value.length;
    push(start, start + value.length, 0.7, "addressed");
  }
  // Whoever gave consent: "written consent from Declan and his parents", "shared with Mele's permission".
  for (const match of text.matchAll(CONSENT_GIVER)) {
    const value = (match[1] ?? match[2]) as string;
    if (KNOWN_WORDS.has(value.toLowerCase()) && !FIRST_NAMES.has(value.toLowerCase())) continue;
    const start = (match.index ?? 0) + match[0].indexOf(value);
    push(start, start + value.length, 0.7);
  }
  // Initials next to a room or after a patient word: "J.S. in room 4", "R.T. in side room 2", "A.B. in 12C", "pt J.D.".
  for (const match of text.matchAll(
    /\b(?:[Pp]t|[Pp]atient)\s([A-Z]\.\s?[A-Z]\.?)|\b([A-Z]\.\s?[A-Z]\.?)(?=,?\s(?:in|from|on)\s(?:(?:side\s)?(?:room|rm|bed|bay|cubicle)\b|\d{1,4}[A-Z]?\b))/g,
  )) {
    const value = (match[1] ?? match[2]) as string;
    const start = (match.index ?? 0) + match[0].indexOf(value);
    push(start, start + value.length, 0.7, "initials");
  }
  return withRepeats(text, tokens, found);
}

/**
 * A one-word name found once is the same person wherever the word comes back capitalized: "Meet Hamid!
 * ... Hamid walked out of our unit today".
 */
function withRepeats(text: string, tokens: Token[], found: Found[]): Found[] {
  const single = new Map<string, Found>();
  for (const name of found) {
    const value = text.slice(name.start, name.end);
    if (/^[A-Z][a-z\u00C0-\u024F'-]{2,}$/.test(value)) single.set(value, name);
  }
  if (single.size === 0) return found;
  // Walk tokens and names together, both in order, so a post full of names stays linear.
  const spans = [...found].sort((a, b) => a.start - b.start);
  let next = 0;
  let coveredTo = -1;
  const repeats: Found[] = [];
  for (const token of tokens) {
    while (next < spans.length && (spans[next] as Found).start <= token.start) {
      coveredTo = Math.max(coveredTo, (spans[next] as Found).end);
      next++;
    }
    const first = single.get(token.text);
    if (first && token.end > coveredTo) {
      repeats.push({
        start: token.start,
        end: token.end,
        confidence: first.confidence,
        ...(first.label ? { label: first.label } : {}),
      });
    }
  }
  return repeats.length === 0 ? found : [...found, ...repeats].sort((a, b) => a.start - b.start);
}

/** "Tony's Pizza", "Maria's Bakery": a business named after its owner, not a person in the story. */
const BUSINESS_AFTER_NAME =
  /^'s (?:Pizza|Pizzeria|Diner|Cafe|Café|Bakery|Deli|Grill|Bar|Pub|Restaurant|Kitchen|Tavern|Pharmacy|Hardware|Garage|Auto|Market|Store|Shop|Coffee|Donuts|Doughnuts|BBQ|Tacos|Catering|Florist|Flowers|Salon|Barbershop|Gym|Bistro|Burgers|Subs|Bagels|Creamery|Cakes|Cookies|Landscaping|Plumbing|Towing|Farm|Place)\b/;

/** Words after "Chief" that make it a role or a chart heading ("Chief Complaint", "Chief Nursing Officer"). */
const CHIEF_OF =
  /^(?:complaint|complaints|resident|residents|medical|nursing|executive|operating|financial|information|technology|officer|of|justice|engineer|surgeon|physician|judge|inspector|petty|warrant|master|scientist|strategy|people|quality|clinical|academic)$/;

/** A person in a story just before "named" or "called": "a 19-year-old named", "a lad called". */
const STORY_PERSON_BEFORE =
  /\b(?:guy|lady|man|woman|boy|girl|kid|gentleman|fella|lad|lass|baby|toddler|teen|teenager|mum|mom|dad|old|yo|y\/o|grandma|grandpa|veteran|farmer)\s$/i;
/**
 * The index after a one- or two-word name that owns care ("priya nair's troponins"), or `index` when the
 * tokens there are no such name. Every word must be unknown, in one case style, and not a health term.
 */
function careOwner(text: string, tokens: Token[], index: number): number {
  const token = tokens[index] as Token;
  const unknown = (word: Token | undefined) =>
    word !== undefined &&
    word.capitalized === token.capitalized &&
    (word.capitalized
      ? isNameLike(word) && !KNOWN_WORDS.has(word.lower) && !mentionsHealth(word.lower)
      : couldBeLowercaseName(word)) &&
    !/^[A-Z]{2,}$/.test(word.text);
  if (!unknown(token) || (token.capitalized && token.sentenceStart)) return index;
  const next = tokens[index + 1];
  const two = next !== undefined && text.slice(token.end, next.start) === " " && unknown(next);
  const end = two ? (next as Token).end : token.end;
  if (!/^'s\s/.test(text.slice(end, end + 3))) return index;
  const after = text
    .slice(end + 3, end + 40)
    .split(/\s+/)
    .slice(0, 2)
    .join(" ");
  return mentionsHealth(after) ? index + (two ? 2 : 1) : index;
}

/** Hashtags built on a patient's name: "#PrayersForLuisito", "#TeamAmara", "#KeoniStrong". */
const HASHTAG_NAME =
  /#(?:PrayersFor|PrayFor|Pray4|PrayingFor|Praying4|Team|LoveFor|HopeFor|JusticeFor|GoFundMe)([A-Z][a-z\u00C0-\u024F]{2,15})(?![A-Za-z])|#([A-Z][a-z\u00C0-\u024F]{2,15})(?:Strong|Warrior|Fights|Fight|Journey|Army|Tough)(?![A-Za-z])/g;
/** A name closing a thank-you for a review or rating. */
const THANKED_REVIEWER =
  /\b[Tt]hanks?(?: you)?(?: so much| very much)? for (?:the|your|a|such a) (?:[\w-]+ ){0,3}?(?:review|reviews|stars?|feedback|rating|kind words|shout-?out|recommendation),? ([A-Z][a-z\u00C0-\u024F]+(?:-[A-Za-z][a-z]+)?)(?=\s?[!.,:;]|\s*$)/g;
/** Consent given by a named person. */
const CONSENT_GIVER =
  /\b(?:consent|permission|blessing|ok|okay) (?:from|of) ([A-Z][a-z\u00C0-\u024F'-]{2,})\b|\bwith ([A-Z][a-z\u00C0-\u024F'-]{2,})'s (?:written |full |kind )?(?:permission|consent|blessing)\b/g;

/** Small words inside family names: "Van", "de la", "Mac", "bin", "ter". */
const NAME_PARTICLES = new Set(
  "van von der de del della di da dos das du le la mac mc bin binti ibn al el ap ter ten".split(" "),
);

/** Greetings that show a name to the readers rather than speak to its owner. */
const INTRODUCTIONS = new Set(["meet", "introducing"]);
/** Words a name can follow when something is done for its owner: "for Thuy", "proud of Keoni". */
const BEFORE_UNKNOWN_NAME = new Set(["for", "with", "love", "miss", "congrats", "congratulations"]);

/** After "our": how a practice names one of its patients ("our girl Priyanka"). */
/** The post speaks to someone. */
const SPEAKS_TO = /\b(?:you|your|you're|youre|yours)\b/i;

const OUR_ONE = new Set([
  "girl",
  "boy",
  "guy",
  "lady",
  "warrior",
  "kiddo",
  "fella",
  "gal",
  "graduate",
  "grad",
  "preemie",
]);
/** A unit or a word of affection between "our" and the one named: "our NICU graduate Amara", "our little warrior Leo". */
const OUR_ONE_QUALIFIERS = new Set(["nicu", "picu", "scn", "scbu", "icu", "rehab", "little", "tiny", "brave", "sweet"]);

/** People's names: titles, patient words, greetings, "Surname, First", families and known first names. */
export const person: Recognizer = {
  name: "person",
  type: "person",
  find(text: string): Candidate[] {
    return findNames(text)
      .filter((name) => !BUSINESS_AFTER_NAME.test(text.slice(name.end, name.end + 24)))
      .map((name) => ({ ...name, type: "person", recognizer: "person" }));
  },
};
