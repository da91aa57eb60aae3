import {
  cities,
  firstNames,
  knownWords,
  lastNames,
  regions,
  worldFirstNames,
  worldLastNames,
} from "./name-lexicon-data";

/**
 * Word lists borrowed from compromise's lexicon and faker's person names. Looking a token up here costs a
 * hash lookup, where running compromise's tagger costs milliseconds per post; the name recognizer needs
 * only this. The lists ship as data (name-lexicon-data.ts, checked against both packages by its test) so
 * that a restarted worker does not load and unpack all of compromise, which took 2–3 s on a busy machine.
 */
const wordsOf = (...lists: string[]): Set<string> => new Set(lists.flatMap((list) => list.split("\n")));

/** A letter outside plain ASCII: "á", "ł", "ễ". */
const ACCENTED = /[\u0080-\uffff]/;

/** "Siobhán" is "siobhan" in the lists: strips accents from a word that has any. */
function withoutAccents(word: string): string {
  return ACCENTED.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "") : word;
}

/** A name list that also finds a name written with accents the list spells without ("Siobhán", "José"). */
class NameSet extends Set<string> {
  override has(word: string): boolean {
    return super.has(word) || (ACCENTED.test(word) && super.has(withoutAccents(word)));
  }
}

/** compromise's names, mostly English, and the world's from faker's locales ("Adaeze", "Aoife", "Okonkwo"). */
export const FIRST_NAMES = new NameSet(wordsOf(firstNames, worldFirstNames));
export const LAST_NAMES = new NameSet(wordsOf(lastNames, worldLastNames));
export const CITIES = wordsOf(cities);
export const REGIONS = wordsOf(regions);
/** Known words that are not names (verbs, nouns, adjectives...): "will", "may", "hope". */
export const KNOWN_WORDS = wordsOf(knownWords);

/**
 * First names that are also everyday words; capitalized at the start of a sentence they are usually the
 * word ("Mark your calendars", "Grace under pressure"), so they need more evidence to count as a name.
 */
export const AMBIGUOUS_FIRST_NAMES = new Set(
  "mark grace chase pat bill will may june april august hope faith joy rose dawn summer autumn art jack sue frank rich bob ray gene max sky river star angel honey penny ruby amber crystal destiny harmony page sage reed wade dale glen guy don jean carol holly ivy iris lily daisy violet brook trinity christian king prince major rowan hunter archer mason cash gray grey rusty sandy stormy misty dusty buddy sunny hank drew kit rob sterling miles price ward lane bishop noble royal young long hall bell case hill ford love trust".split(
    " ",
  ),
);
