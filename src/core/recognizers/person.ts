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
  dr: "clinician",
  doctor: "clinician",
  doc: "clinician",
  nurse: "clinician",
  prof: "clinician",
  professor: "clinician",
  senator: "public figure",
  sen: "public figure",
  governor: "public figure",
  gov: "public figure",
  mayor: "public figure",
  rep: "public figure",
  congressman: "public figure",
  congresswoman: "public figure",
  councilman: "public figure",
  councilwoman: "public figure",
  judge: "public figure",
  principal: "public figure",
  superintendent: "public figure",
  coach: "public figure",
  grandma: "relative",
  grandpa: "relative",
  granny: "relative",
  nana: "relative",
  aunt: "relative",
  auntie: "relative",
  uncle: "relative",
  pastor: "title",
  father: "title",
  rev: "title",
  officer: "title",
  sgt: "title",
  capt: "title",
};

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
    "happy merry congrats congratulations thanks thank welcome hi hello hey dear please" +
    " mom dad mama papa grandma grandpa nana papa aunt uncle"
  ).split(" "),
);

/** Verbs that follow a patient's first name at the start of a story ("Emma came in", "Jose coded"). */
const PATIENT_STORY_VERB =
  /^\s(?:\([^)]{1,20}\)\s)?(?:came in|was admitted|was discharged|was seen|went home|got discharged|coded|passed|underwent|finished|rang the bell|is recovering|had (?:his|her|their) |beat |was diagnosed|presented|arrived|fell|crashed|delivered|is doing|is back|needed)/;

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
      /^[a-z]{3,}$/.test(next.text);
    // "St. Mary's" is a saint or a hospital, not a person.
    const saint = token.lower === "st" && text[token.end] === ".";
    if (saint) {
      index += 2;
      continue;
    }
    if (
      title &&
      next &&
      (isNameLike(next) || lowercaseSurname) &&
      /^\.?\s$/.test(gapToNext) &&
      (title !== "clinician" || token.capitalized || token.lower === "dr")
    ) {
      if (
        token.lower === "doc" ||
        token.lower === "nurse" ||
        token.lower === "coach" ||
        token.lower === "father" ||
        token.lower === "judge"
      ) {
        if (!token.capitalized) {
          index++;
          continue;
        }
      }
      const { endIndex, end } = extendName(text, tokens, index + 1, true);
      const start = title === "honorific" ? token.start : next.start;
      // A relative's title ("grandma Jean") is a plain name: "my grandma Rose" is family, decided by the rules.
      const label = title === "honorific" || title === "relative" ? undefined : title;
      push(start, end, title === "honorific" ? 0.9 : 0.8, label);
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
    const namedAfterAnchor =
      (token.lower === "named" || token.lower === "called") && PATIENT_ANCHORS.has(tokens[index - 1]?.lower ?? "");
    if ((PATIENT_ANCHORS.has(token.lower) || namedAfterAnchor) && next && anchorGap.test(gapToNext)) {
      const lowerName =
        !next.capitalized &&
        !KNOWN_WORDS.has(next.lower) &&
        !AMBIGUOUS_FIRST_NAMES.has(next.lower) &&
        /^[a-z]{3,}$/.test(next.text) &&
        (isFirstName(next) || AFTER_LOWERCASE_NAME.test(text.slice(next.end, next.end + 12)));
      const capitalName =
        isNameLike(next) && (canFollow(next) || isFirstName(next) || AMBIGUOUS_FIRST_NAMES.has(next.lower));
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
      const candidate = tokens[nameIndex];
      const gap = candidate ? text.slice((tokens[nameIndex - 1] as Token).end, candidate.start) : "";
      if (
        candidate &&
        (gap === " " || gap === ", ") &&
        isNameLike(candidate) &&
        !HONORIFICS[candidate.lower] &&
        canFollow(candidate)
      ) {
        const { endIndex, end } = extendName(text, tokens, nameIndex);
        push(candidate.start, end, 0.7, "addressed");
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
      const plural = /^[A-Z][a-z]{2,}s$/.test(next.text) ? next.lower.replace(/e?s$/, "") : "";
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
      if ((plural !== "" && surname) || (familyAfter && isNameLike(next))) {
        push(next.start, familyAfter ? (tokens[index + 2] as Token).end : next.end, 0.6, "family");
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
        push(token.start, end, hasSurname ? 0.75 : 0.6);
        index = endIndex;
        continue;
      }
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
    // 7. An unknown capitalized word opening a patient story: "Jaylen came in with ...", "Fisk, 92,".
    if (token.capitalized && !KNOWN_WORDS.has(token.lower) && isNameLike(token)) {
      const after = text.slice(token.end, token.end + 40);
      if (
        PATIENT_STORY_VERB.test(after) ||
        /^,\s(?:9\d|1[01]\d|\d{1,2}),/.test(after) ||
        /^\s\((?:age\s)?\d{1,3}\)/.test(after)
      ) {
        const { endIndex, end } = extendName(text, tokens, index);
        push(token.start, end, 0.55);
        index = endIndex;
        continue;
      }
    }
    index++;
  }
  // Initials next to a room or after a patient word: "J.S. in room 4", "pt J.D.".
  for (const match of text.matchAll(
    /\b(?:[Pp]t|[Pp]atient)\s([A-Z]\.\s?[A-Z]\.?)|\b([A-Z]\.\s?[A-Z]\.?)(?=\s(?:in|from)\s(?:room|rm|bed|bay)\b)/g,
  )) {
    const value = (match[1] ?? match[2]) as string;
    const start = (match.index ?? 0) + match[0].indexOf(value);
    push(start, start + value.length, 0.7, "initials");
  }
  return found;
}

/** People's names: titles, patient words, greetings, "Surname, First", families and known first names. */
export const person: Recognizer = {
  name: "person",
  type: "person",
  find(text: string): Candidate[] {
    return findNames(text).map((name) => ({ ...name, type: "person", recognizer: "person" }));
  },
};
