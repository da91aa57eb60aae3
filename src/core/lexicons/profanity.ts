import { cuss } from "cuss";

/**
 * Profanity, from the maintained `cuss` list (English words rated 0-2 by how sure it is that a word
 * is profane). Only the sure words (2) are kept, minus two allow-lists below, plus a few core swear
 * words cuss rates "maybe" only because they have clean senses it cannot tell apart.
 */

/**
 * Clinical and anatomical words (and the lay words patients and parents use for them). Generic
 * profanity lists flag many of these; a health post must be able to say them.
 */
export const CLINICAL_WORDS: ReadonlySet<string> = new Set([
  // a finger prick, a skin prick test; the insult is caught as a phrase ("such a prick")
  "prick",
  "pricks",
  "pricked",
  "pricking",
  "anal",
  "anus",
  "areola",
  "barf",
  "boob",
  "boobs",
  "breast",
  "breasts",
  "brea5t",
  "butt",
  "clitoris",
  "condom",
  "cum",
  "ejaculate",
  "enema",
  "enemas",
  "erection",
  "faeces",
  "feces",
  "fellatio",
  "gonorrehea",
  "gonorrhea",
  "herpes",
  "hiv",
  "nipple",
  "nipples",
  "orgasm",
  "pedo",
  "pee",
  "peepee",
  "peni5",
  "penis",
  "poo",
  "poop",
  "pooping",
  "pubic",
  "puke",
  "puking",
  "rectum",
  "scrotum",
  "semen",
  "sperm",
  "spermacide",
  "spit",
  "spitter",
  "stool",
  "syphilis",
  "teste",
  "testes",
  "testicle",
  "urine",
  "vagina",
  "vomit",
  "vulva",
  "weewee",
]);

/**
 * Words cuss rates "sure" that are everyday English, names or abbreviations in a health feed ("ho ho
 * ho", "nip it in the bud", a jigger of medicine, "Fu" the surname). Insults about people (dumb,
 * stupid, idiot, moron) are judged by professionalism/derogatory-language instead, where the target
 * matters.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  "beanbag",
  "beanbags",
  "bong",
  "booby",
  "boonie",
  "boonies",
  "bung",
  "carruth",
  "cheesehead",
  "cheeseheads",
  "chug",
  "chugs",
  "chunkies",
  "chunky",
  "chunkys",
  "cocky",
  "dink",
  "dinks",
  "dipstick",
  "dope",
  "dumb",
  "eight ball",
  "eight balls",
  "ero",
  "evl",
  "fatah",
  "flange",
  "floo",
  "forni",
  "fu",
  "gables",
  "geez",
  "geezer",
  "geni",
  "gubs",
  "ho",
  "hobo",
  "honger",
  "hork",
  "idiot",
  "jeez",
  "jig",
  "jigger",
  "jiggers",
  "jiggy",
  "jigs",
  "kwa",
  "looser",
  "loser",
  "mams",
  "moron",
  "muncher",
  "nip",
  "noonan",
  "orga",
  "panti",
  "piker",
  "pom",
  "poms",
  "pric",
  "pud",
  "puss",
  "quickie",
  "rearend",
  "rere",
  "rigger",
  "sadis",
  "sadom",
  "scallywag",
  "shitake",
  "sexed",
  "sexing",
  "slave",
  "sloper",
  "slopers",
  "spunky",
  "stringer",
  "stupid",
  "sucker",
  "swallower",
  "tang",
  "thirdeye",
  "tinker",
  "tinkers",
  "tortur",
  "transvestite",
  "triplex",
  "turnon",
  "twinkie",
  "uck",
  "vibr",
  "wab",
  "welfare",
  "whacker",
  "whiz",
  "whop",
  "willie",
  "wn",
  "yank",
  "yanks",
  "niggle",
  "niggled",
  "niggles",
  "niggling",
  "nigglings",
  "niggard",
  "niggarded",
  "niggarding",
  "niggardliness",
  "niggards",
]);

/** Core swear words cuss rates only "maybe" (1) because of rare clean senses; in a post they are profane. */
const CORE_SWEARS = [
  "shit",
  "shits",
  "bitch",
  "bitches",
  "bastard",
  "bastards",
  "dickhead",
  "horseshit",
  "crap",
  "pissing",
  "wanking",
  "wanked",
  "twatted",
];

/** British and Irish swearing that cuss does not list: "bloody" alone is clinical ("bloody stool"), the phrases are not. */
const BRITISH_SWEARS = [
  "bloody hell",
  "sod off",
  "piss off",
  "bellend",
  "bellends",
  "feck",
  "fecking",
  "shitehawk",
  "screw you",
  "screw this",
  "screw that",
  "screw them",
  "screw everyone",
  "a prick",
  "such a prick",
  "what a prick",
  "total prick",
  "absolute prick",
];

/** Abbreviations and respellings of the core swear words that no list spells out. */
export const SWEAR_ABBREVIATIONS = [
  "fkn",
  "fking",
  "fkin",
  "fcking",
  "fckin",
  "fckn",
  "fck",
  "fcked",
  "fuk",
  "fukin",
  "fuking",
  "effing",
  "effin",
  "stfu",
  "ffs",
  "omfg",
  "wtaf",
  "gtfo",
  "fml",
  "mfer",
  "mfers",
  "biatch",
  "shyt",
  "sht",
];

/** Roots that are profane wherever they appear inside a word ("clusterfuck", "shitshow", "bitchy"). */
export const PROFANE_ROOTS = ["fuck", "shit", "bitch"] as const;

/** Lower-case words and phrases (cuss has a few "two word" entries) that count as profanity. */
export const PROFANE_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries(cuss)
    .filter(([word, rating]) => rating === 2 && !CLINICAL_WORDS.has(word) && !ORDINARY_WORDS.has(word))
    .map(([word]) => word),
  ...CORE_SWEARS,
  ...BRITISH_SWEARS,
  ...SWEAR_ABBREVIATIONS,
]);

/** What a masked word most likely stands for when several fit ("sh*t" is "shit", not "shat"). */
const LIKELY_FIRST = [
  "fuck",
  "fucking",
  "fucked",
  "fucker",
  "shit",
  "shitty",
  "bitch",
  "asshole",
  "ass",
  "bullshit",
  "motherfucker",
];

/**
 * Mild swears ("damn", "hell", "crap") are everyday English unmasked ("damn proud of you", "hell week"),
 * but a writer who masks one ("d*mn", "h*ll") is telling us they mean it as a swear.
 */
export const MILD_SWEARS = ["damn", "dammit", "damned", "hell", "crap", "crappy", "piss", "pissed", "dick", "arse"];

/** Profane words grouped by length, for matching masked forms such as "f**k" position by position. */
const BY_LENGTH = new Map<number, string[]>();
for (const word of new Set([...LIKELY_FIRST, ...PROFANE_WORDS, ...MILD_SWEARS])) {
  if (word.includes(" ")) continue;
  const list = BY_LENGTH.get(word.length) ?? [];
  list.push(word);
  BY_LENGTH.set(word.length, list);
}

/** Characters people use in place of a letter: "sh!t", "a$$", "sh1t"; `*`, `#` and `-` stand for any letter. */
const LEET: Record<string, string> = { "!": "i", "1": "i", $: "s", "5": "s", "@": "a", "4": "a", "0": "o", "3": "e" };
const WILDCARDS = new Set(["*", "#", "%"]);

/**
 * The profane word a masked or respelled token stands for, or undefined. "f***" -> "fuck",
 * "b!tch" -> "bitch", "a$$" -> "ass". A token must start with a letter and hide at least one.
 */
export function unmask(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (!/^[a-z]/.test(lower) || /^[a-z]+$/.test(lower)) return undefined;
  const letters = lower.replace(/[^a-z]/g, "").length;
  if (letters < 1 || lower.length < 3) return undefined;
  return unmaskWhole(lower) ?? unmaskCompound(lower);
}

function unmaskWhole(lower: string): string | undefined {
  return (BY_LENGTH.get(lower.length) ?? []).find((word) => fitsMask(lower, word));
}

function fitsMask(masked: string, word: string): boolean {
  for (let index = 0; index < masked.length; index++) {
    const char = masked.charAt(index);
    if (WILDCARDS.has(char)) continue;
    if ((LEET[char] ?? char) !== word.charAt(index)) return false;
  }
  return true;
}

/** Roots that keep their swearing sense at either end of a longer word. */
const MASKABLE_ROOTS = [...PROFANE_ROOTS, "damn", "ass"];

/** Compounds masked in one half: "sh!tshow", "clusterf*ck", "b*tchy", "dumba$$". */
function unmaskCompound(lower: string): string | undefined {
  for (const root of MASKABLE_ROOTS) {
    if (lower.length <= root.length) continue;
    for (const part of [lower.slice(0, root.length), lower.slice(-root.length)]) {
      if (/^[a-z]/.test(part) && !/^[a-z]+$/.test(part) && fitsMask(part, root)) return root;
    }
  }
  return undefined;
}

/** Endings to strip when a plural or inflected form is not on the list ("jackasses" -> "jackass"). */
const SUFFIXES = ["es", "s", "ed", "ing", "er", "ers"];

/**
 * Whether `stem` + `suffix` is how English inflects that stem. Without this, list entries that are
 * word fragments make everyday words profane: "asses" + "s" is "assess", "spic" + "es" is "spices",
 * "spik" + "ed" is "spiked" ("her fever spiked"), "pudd" + "ing" is "pudding".
 */
function inflects(stem: string, suffix: string): boolean {
  if (suffix === "s") return !stem.endsWith("s");
  if (suffix === "es") return /(?:s|x|z|ch|sh)$/.test(stem);
  // -ed, -ing, -er: only on whole words long enough not to be fragments ("bugger" -> "buggered").
  return stem.length >= 5;
}

/** True for a plain word that is profane, including stretched ("fuuuuck") and inflected forms. */
export function isProfaneWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (PROFANE_WORDS.has(lower)) return true;
  if (CLINICAL_WORDS.has(lower) || ORDINARY_WORDS.has(lower)) return false;
  for (const suffix of SUFFIXES) {
    if (
      lower.length > suffix.length + 2 &&
      lower.endsWith(suffix) &&
      PROFANE_WORDS.has(lower.slice(0, -suffix.length)) &&
      inflects(lower.slice(0, -suffix.length), suffix)
    ) {
      return true;
    }
  }
  if (PROFANE_ROOTS.some((root) => lower.includes(root))) return true;
  const squeezed = lower.replace(/([a-z])\1{2,}/g, "$1");
  if (squeezed !== lower && (PROFANE_WORDS.has(squeezed) || PROFANE_ROOTS.some((root) => squeezed.includes(root)))) {
    return true;
  }
  return false;
}
