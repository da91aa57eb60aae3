import {
  ADVOCACY_CUES,
  BENIGN_COMPOUNDS,
  DEROGATORY_TERMS,
  type DerogatoryTerm,
  PEOPLE_WORDS,
} from "../../lexicons/derogatory";
import { findAll, phraseRegex, phraseTester, sentenceAfter, sentenceAt, spanOf } from "../../lexicons/text-search";
import { typoFinder } from "../../lexicons/typos";
import type { Finding, Span } from "../../types";
import type { Post, Rule } from "../rule";
import { findRidicule } from "./_ridicule";

const TERMS: ReadonlyArray<{ term: DerogatoryTerm; regex: RegExp }> = DEROGATORY_TERMS.map((term) => ({
  term,
  regex: phraseRegex(term.phrases),
}));
const PEOPLE = phraseTester(PEOPLE_WORDS);
/** Single-word terms, to catch them mistyped ("stupud", "idoit"); each maps back to its term. */
const TERM_OF_WORD = new Map(
  DEROGATORY_TERMS.flatMap((term) =>
    term.phrases.filter((phrase) => /^[a-z]+$/.test(phrase)).map((word) => [word, term]),
  ),
);
const TYPO_OF_TERM = typoFinder([...TERM_OF_WORD.keys()]);
const TYPO_OF_PEOPLE = typoFinder(["patient", "patients", "people", "family", "families", "parents"]);
const LONG_WORD = /[A-Za-z]{5,}/g;
const ADVOCACY = phraseTester(ADVOCACY_CUES);
const BENIGN = phraseRegex(BENIGN_COMPOUNDS);
/** Symptoms in scare quotes ('the "seizures" tonight') say the patient is lying about them. */
const SCARE_QUOTED_SYMPTOM =
  /(?<![\w])["'‘“](?:seizures?|(?:(?:back|neck|chest|tooth|stomach|belly|knee|hip|abdominal|abdo|jaw|ear|head|leg|arm|shoulder|pelvic) )?pain|toothache|whiplash|bad back|spider bite|10\/10 pain|allerg(?:y|ies|ic)|migraines?|emergency|sick|shortness of breath|anxiety attacks?|panic attacks?|pseudo-?seizures?|passed out|fainted|can't breathe|couldn't feel (?:his|her|their) legs|(?:pain (?:is |of )?)?\d{1,3}\/10(?: pain)?)["'’”](?![\w])/gi;
/** "you absolute donkey", "you complete muppet": any noun after it is an insult, bar a few kind ones. */
const YOU_ABSOLUTE =
  /\byou (?:absolute|complete|utter|stupid|bloody) (?!legend|legends|star|hero|gem|angel|rockstar|rock star|queen|king|champ|champion|saint|babe|sweetheart|icon|superstar|unit|beast|machine|genius|inspiration)[a-z]{3,}\b/gi;
/** A patient's weight or body next to a laugh ("400 lb patient asks for a second tray 😂🐷"). */
const BODY_OF_PATIENT =
  /\b(?:\d{3}\s?(?:lb|lbs|pound|pounds|kg|kilo)|\d{3}-(?:lb|pound)|obese|morbidly obese|super morbid)\s(?:[\w-]+\s)?(?:patient|pt|guy|lady|man|woman|dude|gentleman|girl|boy|diabetic|mom|dad|kid|teen)s?\b/gi;
/** A patient's size as the joke ("a VERY large lady broke the chair 😂"), with no number. */
const SIZE_OF_PATIENT =
  /\b(?:(?:very|really|super|so|extremely|massively|absolutely) )?(?:large|huge|enormous|massive|heavyset|hefty|fat|obese|morbidly obese|super morbid)\s(?:patient|pt|guy|lady|man|woman|dude|gentleman|bloke|fella|girl|boy|mom|mum|dad|kid|teen)s?\b/gi;
/** A patient's intoxication or state as the joke ("the drunk guy in bay 3 is my new hero lmao"). */
const STATE_OF_PATIENT =
  /\b(?:drunk|wasted|hammered|stoned|intoxicated|plastered|smashed|tipsy|naked|high) (?:patient|pt|guy|lady|man|woman|dude|bloke|fella|girl|boy|uncle|couple|frat boy|teen|teenager|student|kid|lad|bro)s?\b/gi;
const LAUGHING = /😂|🤣|💀|🐷|🐖|🐳|🐋|🙄|\blo+l\b|\blma+o+\b|\blmfao\b|\brofl\b|\bhaha+\b/iu;
/** Wanting to hurt the people in your care, even as a joke ("wanted to slap a patient's family"). */
const VIOLENCE_TOWARD =
  /\b(?:slap|slapped|slapping|punch|punched|punching|strangle|strangling|smack|smacked|throttle|throttling|deck|choke|choking|smother|shake|shaking) (?:a |the |that |this |my |some |every )?(?:patient's (?:family|mom|dad|wife|husband|son|daughter)(?: member)?|patient|pt|family member|visitor|resident|client|parent)s?\b/gi;
/** The drug-seeking trope: "allergic to everything except Dilaudid". */
const ALLERGIC_EXCEPT =
  /\ballergic to\b[^.!?\n]{0,60}?\b(?:but|except(?: for)?|only)\s(?:iv |the |for |that )?(?:dilaudid|morphine|oxy\w*|percocet|fentanyl|opioids|opiates|narcotics|the good stuff|ketamine|benadryl|iv benadryl)\b/gi;
/**
 * The drug-seeking trope without the word: "asking for dilaudid by name AND dose again", "they know
 * exactly what to say to get the good stuff".
 */
const SEEKING_TROPE =
  /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|want(?:s|ed|ing)?)(?: for)? [\w-]+ by name\b|\bknows? exactly what to (?:say|ask for|complain of)\b|\bto get the good stuff\b/gi;
/** Being fed up with a whole group of patients ("sick of these addicts"). */
const FED_UP =
  /\b(?:sick|tired|done) (?:of|with) (?:these|those|all (?:the|these)|the) (?:people|patients|pts|addicts|drunks|druggies|junkies|families|parents|moms|frequent flyers|seekers|psych patients|homeless|old people|diabetics|smokers)\b/gi;
/** Laughing at a patient's predicament in public. */
const LAUGHING_AT =
  /\b(?:laughing|laughed|lol|lmao|cracking up|dying|died) (?:so hard |so much )?at (?:the|this|that|a|our) (?:guy|lady|man|woman|patient|pt|kid|family|dude|girl|boy)\b/gi;
/** "these people" is derogatory when followed by a complaint about them, not in "love these people". */
const THESE_PEOPLE =
  /\b(?:these|those) people\b(?=[^.!?]{0,40}\b(?:don't|do not|never|always|won't|can't|refuse|complain|expect|act|think they|deserve|are the reason|are the worst|are exhausting|are insane|are ridiculous|are unbelievable|smh)\b)/gi;

/** A group stereotyped by what "they" all do: "why do obese people always complain about the bed". */
const GROUP_STEREOTYPE =
  /\b(?:obese|fat|old|elderly|drunk|homeless|psych|diabetic|addicted|pregnant|anxious|foreign|rich|entitled|young) (?:people|patients|pts|folks|ladies|men|women|moms|dads|parents)\b(?=[^.!?]{0,24}\b(?:complain about|complaining about|always complain|whine|whining|demand|demanding|think they|act like|lie about|exaggerate|can't handle)\b)/gi;

/** Putting language access on the patient: "should bring their own interpreter", "learn English". */
const LANGUAGE_BLAME =
  /\b(?:should|need to|needs to|can|could) (?:bring|get|find|pay for|hire) their own (?:interpreters?|translators?)\b|\b(?:should|need to|needs to|go|just) learn (?:some |the )?english\b/gi;

/** Quoted stretches of a line: a term inside one is mentioned ("what's a gomer?"), not used. */
const QUOTED_STRETCH =
  /"[^"\n]{1,80}"|“[^”\n]{1,80}”|‘[^’\n]{1,80}’|(?<![\w])'(?:[^'\n]|(?<=\w)'(?=\w)){1,80}'(?![\w])/g;
/** ...unless the quote is the label for a patient: "another 'sickler' screaming", "yet another 'allergic to everything'". */
const LABEL_INTRO =
  /\b(?:another|yet another|the usual|our resident|our favourite|our favorite|one of (?:our|the|my))\s*$/i;

function mentionedInQuotes(text: string, quoted: readonly Span[], span: Span): boolean {
  const stretch = quoted.find((other) => other.start < span.start && span.end < other.end);
  if (!stretch) return false;
  return !LABEL_INTRO.test(text.slice(Math.max(0, stretch.start - 24), stretch.start));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function namesPeople(words: string): boolean {
  return PEOPLE.test(words) || findAll(LONG_WORD, words).some((word) => TYPO_OF_PEOPLE(word[0]) !== undefined);
}

function isAboutPeople(text: string, at: number): boolean {
  const sentence = sentenceAt(text, at);
  if (namesPeople(text.slice(sentence.start, sentence.end))) return true;
  const words = text.slice(sentence.start, sentence.end).match(/[\w']+/g)?.length ?? 0;
  if (words > 5) return false;
  // A short verdict ("So gross." "grow a spine buddy") is about whoever the sentence before or after names.
  const next = sentenceAfter(text, at);
  const previous = sentence.start > 0 ? sentenceAt(text, sentence.start - 1) : undefined;
  return [next, previous].some(
    (other) =>
      other !== undefined && words <= (other === next ? 3 : 5) && namesPeople(text.slice(other.start, other.end)),
  );
}

/** Mocking or derogatory words about patients and people in care ("frequent flyer", "gomer", "idiots"). */
export const derogatoryLanguage: Rule = {
  id: "professionalism/derogatory-language",
  category: "professionalism",
  severity: "medium",
  summary:
    'Mocking or derogatory words about patients ("frequent flyer", "gomer", "idiots"), and ridicule with no slur ("ok lady", "Sure Jan", IQ jokes).',
  judge(post: Post): Finding[] {
    const { text } = post;
    const benign = findAll(BENIGN, text).map((match) => ({
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
    }));
    const findings: Finding[] = [];
    const taken: Span[] = [];
    const report = (span: Span, suggestion: string): void => {
      if (taken.some((other) => overlaps(other, span))) return;
      taken.push(span);
      const words = text.slice(span.start, span.end);
      findings.push({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `"${words}" mocks or demeans the people in your care; it reads as unprofessional and erodes their trust.`,
        ...span,
        ...(suggestion !== "" ? { suggestion } : {}),
      });
    };
    let advocacy: boolean | undefined;
    const quoted = /["“‘']/.test(text) ? findAll(QUOTED_STRETCH, text).map((match) => spanOf(match)) : [];
    const seen: Span[] = [];
    for (const { term, regex } of TERMS) {
      for (const match of findAll(regex, text)) {
        const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
        seen.push(span);
        if (benign.some((other) => overlaps(other, span)) || mentionedInQuotes(text, quoted, span)) continue;
        advocacy ??= ADVOCACY.test(text);
        if (advocacy) continue;
        if (term.aboutPeople && !isAboutPeople(text, span.start)) continue;
        report(span, term.suggestion);
      }
    }
    // A term in quotes used as the patient's label ("another 'frequent flyer'"): the phrase search skips
    // words right after an apostrophe, so look inside the quote itself.
    for (const stretch of quoted) {
      if (!LABEL_INTRO.test(text.slice(Math.max(0, stretch.start - 24), stretch.start))) continue;
      const inner = text.slice(stretch.start + 1, stretch.end - 1);
      for (const { term, regex } of TERMS) {
        const match = findAll(regex, inner)[0];
        if (match)
          report(
            {
              start: stretch.start + 1 + (match.index ?? 0),
              end: stretch.start + 1 + (match.index ?? 0) + match[0].length,
            },
            term.suggestion,
          );
      }
    }
    for (const match of findAll(LONG_WORD, text)) {
      const term = TERM_OF_WORD.get(TYPO_OF_TERM(match[0]) ?? "");
      if (!term) continue;
      const start = match.index ?? 0;
      const span = { start, end: start + match[0].length };
      if (seen.some((other) => overlaps(other, span)) || mentionedInQuotes(text, quoted, span)) continue;
      advocacy ??= ADVOCACY.test(text);
      if (advocacy || (term.aboutPeople && !isAboutPeople(text, start))) continue;
      report({ start, end: start + match[0].length }, term.suggestion);
    }
    for (const match of findAll(SCARE_QUOTED_SYMPTOM, text)) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, match[0].slice(1, -1));
    }
    for (const match of [
      ...findAll(FED_UP, text),
      ...findAll(LAUGHING_AT, text),
      ...findAll(ALLERGIC_EXCEPT, text),
      ...findAll(SEEKING_TROPE, text),
      ...findAll(YOU_ABSOLUTE, text),
      ...findAll(VIOLENCE_TOWARD, text),
    ]) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, "");
    }
    if (LAUGHING.test(text)) {
      for (const match of [
        ...findAll(BODY_OF_PATIENT, text),
        ...findAll(SIZE_OF_PATIENT, text),
        ...findAll(STATE_OF_PATIENT, text),
      ]) {
        const start = match.index ?? 0;
        report({ start, end: start + match[0].length }, "a patient");
      }
    }
    for (const span of findRidicule(text)) report(span, "");
    for (const match of [...findAll(GROUP_STEREOTYPE, text), ...findAll(LANGUAGE_BLAME, text)]) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, "some patients");
    }
    for (const match of findAll(THESE_PEOPLE, text)) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, "some patients");
    }
    return findings;
  },
};
