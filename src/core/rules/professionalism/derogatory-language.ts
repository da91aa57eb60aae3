import {
  ADVOCACY_CUES,
  BENIGN_COMPOUNDS,
  DEROGATORY_TERMS,
  type DerogatoryTerm,
  PEOPLE_WORDS,
} from "../../lexicons/derogatory";
import { findAll, isQuoted, phraseRegex, phraseTester, sentenceAfter, sentenceAt } from "../../lexicons/text-search";
import type { Finding, Span } from "../../types";
import type { Post, Rule } from "../rule";

const TERMS: ReadonlyArray<{ term: DerogatoryTerm; regex: RegExp }> = DEROGATORY_TERMS.map((term) => ({
  term,
  regex: phraseRegex(term.phrases),
}));
const PEOPLE = phraseTester(PEOPLE_WORDS);
const ADVOCACY = phraseTester(ADVOCACY_CUES);
const BENIGN = phraseRegex(BENIGN_COMPOUNDS);
/** Symptoms in scare quotes ('the "seizures" tonight') say the patient is lying about them. */
const SCARE_QUOTED_SYMPTOM =
  /(?<![\w])["'‘“](?:seizures?|pain|chest pain|10\/10 pain|allerg(?:y|ies|ic)|migraines?|emergency|sick|shortness of breath|anxiety attacks?|panic attacks?|pseudo-?seizures?|passed out|fainted|can't breathe|couldn't feel (?:his|her|their) legs)["'’”](?![\w])/gi;
/** "you absolute donkey", "you complete muppet": any noun after it is an insult, bar a few kind ones. */
const YOU_ABSOLUTE =
  /\byou (?:absolute|complete|utter|stupid|bloody) (?!legend|legends|star|hero|gem|angel|rockstar|rock star|queen|king|champ|champion|saint|babe|sweetheart|icon|superstar|unit|beast|machine|genius|inspiration)[a-z]{3,}\b/gi;
/** A patient's weight or body next to a laugh ("400 lb patient asks for a second tray 😂🐷"). */
const BODY_OF_PATIENT =
  /\b(?:\d{3}\s?(?:lb|lbs|pound|pounds|kg|kilo)|\d{3}-(?:lb|pound)|obese|morbidly obese|super morbid)\s(?:[\w-]+\s)?(?:patient|pt|guy|lady|man|woman|dude|gentleman|girl|boy|diabetic|mom|dad|kid|teen)s?\b/gi;
const LAUGHING = /😂|🤣|💀|🐷|🐖|🐳|🐋|🙄|\blo+l\b|\blma+o+\b|\blmfao\b|\brofl\b|\bhaha+\b/iu;
/** Wanting to hurt the people in your care, even as a joke ("wanted to slap a patient's family"). */
const VIOLENCE_TOWARD =
  /\b(?:slap|slapped|slapping|punch|punched|punching|strangle|strangling|smack|smacked|throttle|throttling|deck|choke|choking|smother|shake|shaking) (?:a |the |that |this |my |some |every )?(?:patient's (?:family|mom|dad|wife|husband|son|daughter)(?: member)?|patient|pt|family member|visitor|resident|client|parent)s?\b/gi;
/** The drug-seeking trope: "allergic to everything except Dilaudid". */
const ALLERGIC_EXCEPT =
  /\ballergic to (?:everything|every (?:painkiller|pain med|pain medication|med|medicine)|all (?:painkillers|pain meds|meds|nsaids)|tylenol and (?:motrin|ibuprofen))\s(?:but|except(?: for)?)\s(?:iv |the )?(?:dilaudid|morphine|oxy\w*|percocet|fentanyl|opioids|opiates|narcotics|the good stuff|ketamine|benadryl|iv benadryl|toradol)\b/gi;
/** Being fed up with a whole group of patients ("sick of these addicts"). */
const FED_UP =
  /\b(?:sick|tired|done) (?:of|with) (?:these|those|all (?:the|these)|the) (?:people|patients|pts|addicts|drunks|druggies|junkies|families|parents|moms|frequent flyers|seekers|psych patients|homeless|old people|diabetics|smokers)\b/gi;
/** Laughing at a patient's predicament in public. */
const LAUGHING_AT =
  /\b(?:laughing|laughed|lol|lmao|cracking up|dying|died) (?:so hard |so much )?at (?:the|this|that|a|our) (?:guy|lady|man|woman|patient|pt|kid|family|dude|girl|boy)\b/gi;
/** "these people" is derogatory when followed by a complaint about them, not in "love these people". */
const THESE_PEOPLE =
  /\b(?:these|those) people\b(?=[^.!?]{0,40}\b(?:don't|do not|never|always|won't|can't|refuse|complain|expect|act|think they|deserve|are the reason|smh)\b)/gi;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function isAboutPeople(text: string, at: number): boolean {
  const sentence = sentenceAt(text, at);
  if (PEOPLE.test(text.slice(sentence.start, sentence.end))) return true;
  const words = text.slice(sentence.start, sentence.end).match(/[\w']+/g)?.length ?? 0;
  const next = words <= 3 ? sentenceAfter(text, at) : undefined;
  return next !== undefined && PEOPLE.test(text.slice(next.start, next.end));
}

/** Mocking or derogatory words about patients and people in care ("frequent flyer", "gomer", "idiots"). */
export const derogatoryLanguage: Rule = {
  id: "professionalism/derogatory-language",
  category: "professionalism",
  severity: "medium",
  summary:
    'Mocking or derogatory words about patients ("frequent flyer", "gomer", "drug seeker", "idiots", "so gross").',
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
    for (const { term, regex } of TERMS) {
      for (const match of findAll(regex, text)) {
        const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
        if (benign.some((other) => overlaps(other, span)) || isQuoted(text, span)) continue;
        advocacy ??= ADVOCACY.test(text);
        if (advocacy) continue;
        if (term.aboutPeople && !isAboutPeople(text, span.start)) continue;
        report(span, term.suggestion);
      }
    }
    for (const match of findAll(SCARE_QUOTED_SYMPTOM, text)) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, match[0].slice(1, -1));
    }
    for (const match of [
      ...findAll(FED_UP, text),
      ...findAll(LAUGHING_AT, text),
      ...findAll(ALLERGIC_EXCEPT, text),
      ...findAll(YOU_ABSOLUTE, text),
      ...findAll(VIOLENCE_TOWARD, text),
    ]) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, "");
    }
    if (LAUGHING.test(text)) {
      for (const match of findAll(BODY_OF_PATIENT, text)) {
        const start = match.index ?? 0;
        report({ start, end: start + match[0].length }, "a patient");
      }
    }
    for (const match of findAll(THESE_PEOPLE, text)) {
      const start = match.index ?? 0;
      report({ start, end: start + match[0].length }, "some patients");
    }
    return findings;
  },
};
