import {
  ENTERTAINMENT_WORDS,
  EYE_ROLLS,
  MILD_ENTERTAINMENT_WORDS,
  MOCK_ADDRESSES,
  MOCKED_CONDITIONS,
  PEOPLE_WORDS,
  RIDICULE_PHRASES,
  SARCASM_PHRASES,
} from "../../lexicons/derogatory";
import { CONDITIONS } from "../../lexicons/medical";
import { findAll, phraseRegex, phraseTester, sentenceAt, wordsBefore } from "../../lexicons/text-search";
import type { Span } from "../../types";

/**
 * Mockery with no slur in it: the shape of ridicule rather than its words. A post mocks the people in
 * its care when it is about them and it (a) addresses them mockingly ("ok lady", "Sure, ma'am."), (b) uses
 * a put-down phrase ("the collective IQ in there") or feigns care ("me pretending to care about your
 * cough"), (c) calls a patient's confusion or psychosis entertainment, or (d) piles up sarcasm: two of
 * a sarcastic phrase ("never seen that before", "truly a medical mystery"), a quote used as a label
 * ("the classic 'allergic to everything' patient"), a patient's claim quoted back, or an eye-roll
 * emoji. Venting about the work itself names no person and stays clean.
 */

const ADDRESS = phraseRegex(MOCK_ADDRESSES);
const RIDICULE = phraseRegex(RIDICULE_PHRASES);
const SARCASM = phraseRegex(SARCASM_PHRASES);
const CONDITION = phraseRegex(MOCKED_CONDITIONS);
const ENTERTAINMENT = phraseTester(ENTERTAINMENT_WORDS);
const MILD_ENTERTAINMENT = phraseTester(MILD_ENTERTAINMENT_WORDS);
const PEOPLE = phraseTester([...PEOPLE_WORDS, "you", "your", "ur", "ppl", "sir", "ma'am", "relatives"]);
/** The poster saying it of themselves: "I couldn't boil water after nights". */
const SELF = new Set(["i", "i'm", "im", "me", "my", "we", "we're", "our"]);
/** "me pretending to care about your cough": feigned care, said by the poster of themselves. */
const FEIGNED_CARE =
  /\b(?:me|i'm|im|i am|i was|i)\s(?:just\s|still\s|busy\s)?pretend(?:ing|ed)? to (?:care|listen|be interested|be sympathetic|be concerned)\b/gi;
/**
 * A retort that ends its sentence: "Sure, ma'am.", "ok lady.", "riiight, sir 🙄". Not one that goes on
 * ("Sure buddy, I'll cover your shift") or one the poster reports saying ("I said sure, ma'am.").
 */
const RETORT =
  /(?<!\b(?:said|say|says|saying|replied|answered|told (?:her|him|them))[,:]?\s)\b(?:sure|ok|okay|k|uh huh|riight+)(?:,|\.{1,3})? (?:jan|karen|lady|ma'am|madam|sir|hun|hon|sweetie|honey|buddy|pal|champ|bud)\b(?=\s*(?:[.!🙄🙃😒]|$))/giu;
/** What a patient claims, quoted back: "he swears he's 'only had two beers'". */
const QUOTED_CLAIM =
  /\b(?:tells|told|says|said|swears|swore|claims|claimed|insists|insisted)\b(?:[^.!?\n"'“‘]|(?<=\w)'(?=\w)){0,30}(?:"[^"\n]{2,60}"|“[^”\n]{2,60}”|'(?:[^'\n]|(?<=\w)'(?=\w)){2,60}'|‘[^’\n]{2,60}’)/gi;
/** "you deserve the 6 hour wait": the wait as a punishment. */
const DESERVES_WAIT = /\bdeserves? (?:the|that|every|a|your) (?:\d+[ -]?(?:hour|hr)s? |long )?wait\b/gi;
/** "ah yes, the classic ...", "oh look, another ...": introducing a type of patient to laugh at. */
const TYPE_INTRO = /\b(?:ah|oh) (?:yes|look|great),? (?:the (?:classic|old|famous|infamous|usual)|another)\b/gi;
/**
 * A patient labelled by their own words: "the 'I'm a nurse too!!' family member", "a 400lb 'allergic to
 * walking' patient". One descriptor may sit before the quote.
 */
const QUOTE_AS_LABEL =
  /\b(?:the|another|a|that|this|these|those|every|one more|our|your)(?: (?:classic|typical|usual|daily|nightly|weekly|obligatory|resident|famous|infamous|standard))?(?: [\w-]+)? (?:"[^"\n]{3,80}"|“[^”\n]{3,80}”|'(?:[^'\n]|(?<=\w)'(?=\w)){3,80}'|‘[^’\n]{3,80}’) (?:patient|pt|family member|family|mom|dad|parent|guy|lady|gentleman|man|woman|visitor|relative|son|daughter|wife|husband|type|crowd|people|folks|ones|lot|brigade)s?\b/gi;
/** The label is the patient's own "I ..." claim: that alone makes the patient the joke. */
const FIRST_PERSON_QUOTE = /^["“'‘](?:i|i'm|im|i've|ive|i am|my|me)\b/i;
/**
 * An insult as a metaphor: "a walking bag of stupidity", "absolute sack of entitlement". Needs the
 * people in the post, like the put-down phrases.
 */
const INSULT_METAPHOR =
  /\b(?:walking|absolute|complete|total|human|sentient|giant|literal|bloody) (?:bag|sack|pile|heap|lump|bucket|box|ball|waste|tub) of (?:[\w-]+ )?(?:stupidity|stupid|idiocy|dumb|dumbness|garbage|trash|rubbish|lard|crap|shit|sh\*t|nonsense|bad decisions|poor choices|entitlement|audacity|space|oxygen|skin)\b/gi;

/** "sir, this is an emergency department, not a walk-in": the retort template aimed at the patient. */
const THIS_IS_NOT =
  /\b(?:sir|ma'am|madam|lady|bro|buddy|karen|hun|sweetie)\b,? this is (?:an?|the) [\w -]{2,30}?,? not (?:an?|the|your)\b/gi;
/**
 * "google med school", "the university of youtube": the patient's research as a degree ("Dr. Google"
 * alone is the common teaching phrase, so it does not count).
 */
const GOOGLE_DEGREE =
  /\b(?:(?:google|youtube|tiktok|facebook|instagram|wikipedia|webmd|internet) (?:med(?:ical)? school|degree|md|phd|university|residency|doctor|nurse)|(?:university|school|college|academy) of (?:google|youtube|tiktok|facebook|instagram|wikipedia|webmd))\b/gi;
/** A pain score past the scale, told of a patient: "his pain is 15/10", "20/10 pain while eating chips". */
const PAIN_PAST_SCALE =
  /\b(?:pain(?: is| was| of| at)?|says|said|rates? (?:it|his pain|her pain)(?: a| an)?) (?:1[1-9]|[2-9]\d|\d{3})\s?\/\s?10\b|\b(?:1[1-9]|[2-9]\d|\d{3})\s?\/\s?10 pain\b/gi;
/**
 * Scare quotes on what belongs to them or keeps coming back: "her 'emotional support' iguana", "his
 * \"allergy\"", "the 4th 'migraine' this week", "our 'VIP' in bed 2". A name of several
 * words ("our 'Walk With A Doc' event") is a title, not a scare quote. After "our" or "another" only a
 * quote of one to three words counts: a longer one quotes a rule ("our \"no visitors after 8\" family").
 * A patient known by a quoted nickname where they lie ("the 'Jesus' on our psych unit", "the 'Duchess' in
 * bed 4") is the same label.
 */
const SCARE_QUOTED =
  /\b(?:his|her|their|the pt's|the patient's) (?:"[^"\n]{2,30}"|“[^”\n]{2,30}”|'(?:[^'\n]|(?<=\w)'(?=\w)){2,30}'|‘[^’\n]{2,30}’)(?=\s\w)|\b(?:our|your|another|yet another|\d+(?:st|nd|rd|th)) ["“'‘][\w-]+(?: [\w-]+){0,2}["”'’](?=\s\w)|\bthe ["“'‘][\w-]+(?: [\w-]+)?["”'’](?= (?:on|in|from) (?:our|the|bed|room|bay|\d))/gi;

/**
 * What a patient asked, quoted back: "asked if the scan would 'realign her chakras'". Not a question
 * about the poster ("asked if I was 'a real nurse'"), which is the poster's own joke.
 */
const QUOTED_QUESTION =
  /\b(?:asks|asked|asking|wondered|wonders|wants to know|wanted to know)(?: me| us)? (?:if|whether|how|why|when) (?!(?:i|i'm|im|we|my|our|me)\b)(?:[^.!?\n"'“‘]|(?<=\w)'(?=\w)){0,40}(?:"[^"\n]{2,60}"|“[^”\n]{2,60}”|'(?:[^'\n]|(?<=\w)'(?=\w)){2,60}'|‘[^’\n]{2,60}’)/gi;

/** "came in with a 'spider bite'": the complaint a patient arrived with, put in scare quotes. */
const PRESENTED_WITH_QUOTED =
  /\b(?:came|comes|coming|rolled|rolls|showed|shows|turned|turns|walked|walks) (?:in|up) with (?:a |an |his |her |their |some )?(?:"[^"\n]{2,30}"|“[^”\n]{2,30}”|'(?:[^'\n]|(?<=\w)'(?=\w)){2,30}'|‘[^’\n]{2,30}’)/gi;

/** "the 3rd 'bad back' this month", "another 'allergy'": a quoted complaint that keeps coming is about patients. */
const REPEAT_COMPLAINT = /\b(?:\d+(?:st|nd|rd|th)|another|yet another) ["“'‘]\w/i;

/** "total coincidence I'm sure 🙄": "I'm sure" closing a clause is disbelief, not confidence. */
const IRONIC_SURE = /(?<=[\w,] )(?:i'm|im|i am) sure\b(?=\s*(?:[.!🙄🙃😒🤔]|$))/giu;

/** The quoted words are a name of several words, capitalized at both ends ("'Ask a Nurse'"), not a scare quote. */
function isTitle(quoted: string): boolean {
  const words = quoted.slice(quoted.search(/["“'‘]/) + 1, -1).split(/\s+/);
  return words.length > 1 && /^[A-Z0-9]/.test(words[0] ?? "") && /^[A-Z0-9]/.test(words[words.length - 1] ?? "");
}

/**
 * A bare form of address as a sentence of its own, the exasperated beat after a patient's story:
 * "Sir. SIR. 🤡", "Ma'am.", "Buddy..." Said twice, or with an eye-roll, it is the punchline. Not "!",
 * which is a greeting ("Sir! Congratulations").
 */
const BARE_ADDRESS =
  /(?:^|(?<=[.!?…]\s{1,3}))(?:sir|ma'am|maam|madam|lady|buddy|sweetie|hun)(?:[.?…]+|(?=\s*[🙄🙃😒🤡🤦😑]))/giu;
/**
 * The people in care as liars or fakers, in general: "why do patients always lie about how much they
 * drink", "families never tell the truth", "parents always exaggerate". A generalization, not a story.
 */
/** "if I had a dollar for every mom who googled...": a whole group of patients made the punchline. */
const DOLLAR_FOR_EVERY =
  /\bif i had an? (?:dollar|nickel|penny|pound|quid|buck|euro|rand|peso)\s(?:for\s)?every\s(?:time\s(?:a|an|one of)\s)?(?:[\w-]+\s){0,2}?(?:patients?|pts?|moms?|mums?|mothers?|dads?|parents?|famil(?:y|ies)|persons?|people|visitors?|relatives?|clients?|drunks?|frequent flyers?|ladies|lady|guys?|man|men|woman|women)\b/gi;
const GROUP_LIES =
  /\b(?:patients|pts|families|parents|people|relatives|clients|moms|dads)\s(?:always|all|never stop|constantly|keep|literally always|will always)\s(?:lie|lies|lying|exaggerate|exaggerating|fake|faking|make (?:it|things|stuff) up|downplay)\b|\b(?:patients|pts|families|parents|relatives|clients)\s(?:never|don't ever|do not ever)\s(?:tell the truth|admit)\b/gi;

/** "🙄 some people.": the exasperated fragment, a sentence of its own. */
const SOME_PEOPLE = /\bsome (?:people|ppl|folks)\s*(?:[.!]|$)/gi;
/** "some ppl should not be allowed to make medical decisions". */
const NOT_ALLOWED =
  /\b(?:some|these|those|certain) (?:people|ppl|folks|patients|pts|parents|families|moms|dads)\b[^.!?\n]{0,24}?\b(?:should(?:n't| not) be allowed to|should(?:n't| not) (?:breed|reproduce|have kids|be parents))\b/gi;
/** A retort inside a longer sentence ("ok sir, enjoy ur enema"): weaker than RETORT, so it counts as sarcasm. */
const ASIDE_RETORT =
  /\b(?:ok|okay|sure|k)(?:,|\.{1,3})? (?:sir|ma'am|madam|lady|hun|sweetie|buddy|pal|champ)\b(?!\s+(?:i|we|i'll|will|said)\b)/gi;
/** Care served as a punishment: "enjoy your foley", "enjoy ur enema". */
const PUNITIVE_CARE =
  /\benjoy (?:your|ur|the) (?:enema|foley|catheter|cath|ng tube|ng|suppository|rectal|wait|waiting room|iv|blood draw|big needle|tetanus shot)\b/gi;
/** The illness itself wished on them: "enjoy your whooping cough, sweetie", "have fun with your gout". */
const ENJOY_ILLNESS = /\b(?:enjoy|have fun with) (?:your|ur|the)\s/gi;
const ILLNESS = phraseRegex(CONDITIONS);
/** "enjoy your flu shot", "good luck with the covid booster": the care, not the illness. */
const WISH_NOT_ILLNESS =
  /^\s*(?:shots?|jabs?|vaccines?|boosters?|season|test|testing|clinic|appointment|free|recovery)\b/i;
/** "now she's allergic to water": a patient's claim made absurd. */
const ABSURD_CLAIM =
  /\b(?:she|he|they|patient|pt)(?:'s|'re| is| are| says (?:she's|he's|they're|she is|he is)| claims (?:she's|he's|to be)) (?:now )?(?:allergic to (?:water|air|oxygen|sunlight|everything|life|work|being awake)|a (?:nurse|doctor) because (?:she|he) watched)\b/gi;
/** A patient's body odour as the joke ("smelt like he bathes in lynx and regret 😂"). */
const SMELT_LIKE = /\b(?:smelt|smelled|smells|smelling|stank|stunk|stinks|reeked|reeks) (?:like|of)\b/gi;
const SMELL_SUBJECT = /\b(?:patient|pt|he|she|they|guy|lady|man|woman|family|dude|resident)\b/i;
const DISGUST = /🤢|🤮|😷/u;
const LAUGHTER = /😂|🤣|💀|\blo+l\b|\blma+o+\b|\blmfao\b|\bha(?:ha)+\b|\bhuh\b/iu;
/** The poster's own family: laughing along with one's own grandmother is their own news. */
const OWN_FAMILY =
  /\bmy (?:grandma|grandpa|gran|granny|nan|nana|grandmother|grandfather|mom|mum|mother|dad|father|husband|wife|aunt|uncle|mother-in-law|father-in-law|mil|fil)\b|(?:^|[.!?]\s+)(?:Grandma|Grandpa|Granny|Nana|Nan|Mom|Mum|Dad)\b/i;

/** The poster's own people, whose words a post may quote fondly ("my daughter calls it her 'patient'"). */
const OWN_PEOPLE =
  /\bmy (?:daughter|son|kids?|toddler|baby|husband|wife|partner|boyfriend|girlfriend|niece|nephew|dog|cat|grandma|grandpa|mom|mum|dad|family)\b/i;

/** "my feet are 12/10 pain": the poster's own complaint, earlier in the same sentence. */
function saidOfSelf(text: string, match: RegExpExecArray): boolean {
  const sentence = sentenceAt(text, match.index ?? 0);
  return /\b(?:my|i|i'm|im|me)\b/i.test(text.slice(sentence.start, match.index ?? 0));
}

function spanOf(match: RegExpExecArray): Span {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

/** "Dementia is a wild ride huh 😂": the sentence, when it makes a patient's condition the joke. */
function conditionAsEntertainment(text: string): Span[] {
  if (OWN_FAMILY.test(text)) return [];
  const found: Span[] = [];
  for (const match of findAll(CONDITION, text)) {
    const sentence = sentenceAt(text, match.index ?? 0);
    const words = text.slice(sentence.start, sentence.end);
    const joke = ENTERTAINMENT.test(words) || (MILD_ENTERTAINMENT.test(words) && LAUGHTER.test(words));
    if (!joke) continue;
    const lead = words.length - words.trimStart().length;
    found.push({ start: sentence.start + lead, end: sentence.start + words.trimEnd().length });
  }
  return found;
}

/** Spans of ridicule aimed at the people in the post (empty when there is none). */
export function findRidicule(text: string): Span[] {
  const found: Span[] = [...findAll(ADDRESS, text), ...findAll(RETORT, text)].map(spanOf);
  found.push(...findAll(NOT_ALLOWED, text).map(spanOf));
  if (!PEOPLE.test(text) && !REPEAT_COMPLAINT.test(text)) return found;
  for (const match of findAll(RIDICULE, text)) {
    if (!wordsBefore(text, match.index ?? 0, 2).some((word) => SELF.has(word))) found.push(spanOf(match));
  }
  found.push(
    ...findAll(FEIGNED_CARE, text).map(spanOf),
    ...findAll(DESERVES_WAIT, text).map(spanOf),
    ...conditionAsEntertainment(text),
  );
  found.push(
    ...findAll(ABSURD_CLAIM, text).map(spanOf),
    ...findAll(INSULT_METAPHOR, text).map(spanOf),
    ...findAll(THIS_IS_NOT, text).map(spanOf),
    ...findAll(GOOGLE_DEGREE, text).map(spanOf),
    ...findAll(GROUP_LIES, text).map(spanOf),
    ...findAll(DOLLAR_FOR_EVERY, text).map(spanOf),
  );
  for (const wish of findAll(ENJOY_ILLNESS, text)) {
    const from = (wish.index ?? 0) + wish[0].length;
    const illness = findAll(ILLNESS, text.slice(from, from + 40))[0];
    if (illness?.index !== 0 || WISH_NOT_ILLNESS.test(text.slice(from + illness[0].length))) continue;
    found.push({ start: wish.index ?? 0, end: from + illness[0].length });
  }
  for (const label of findAll(QUOTE_AS_LABEL, text)) {
    const quote = label[0].slice(label[0].search(/["“'‘]/));
    if (FIRST_PERSON_QUOTE.test(quote)) found.push(spanOf(label));
  }
  if (!OWN_FAMILY.test(text) && (LAUGHTER.test(text) || DISGUST.test(text))) {
    for (const match of findAll(SMELT_LIKE, text)) {
      const sentence = sentenceAt(text, match.index ?? 0);
      if (SMELL_SUBJECT.test(text.slice(sentence.start, match.index ?? 0))) found.push(spanOf(match));
    }
  }
  const sarcasm = [
    ...findAll(TYPE_INTRO, text),
    ...findAll(ASIDE_RETORT, text),
    ...findAll(PUNITIVE_CARE, text),

    ...findAll(SARCASM, text),
    ...findAll(QUOTE_AS_LABEL, text),
    ...findAll(SOME_PEOPLE, text),
    ...findAll(BARE_ADDRESS, text),
    // "my son asked if the MRI would 'take a picture of his thoughts' 😂": the poster's own people, quoted fondly.
    ...(OWN_PEOPLE.test(text) ? [] : [...findAll(QUOTED_CLAIM, text), ...findAll(QUOTED_QUESTION, text)]),
    ...findAll(PAIN_PAST_SCALE, text).filter((match) => !saidOfSelf(text, match)),
    ...(OWN_PEOPLE.test(text) ? [] : findAll(SCARE_QUOTED, text).filter((match) => !isTitle(match[0]))),
    ...findAll(IRONIC_SURE, text),
    ...findAll(PRESENTED_WITH_QUOTED, text),
  ]
    .map(spanOf)
    .sort((a, b) => a.start - b.start)
    // One quote read two ways ("our 'no visitors' family" is a label and a scare quote) counts once.
    .filter((span, index, all) => index === 0 || span.start >= (all[index - 1] as Span).end);
  // An eye-roll or a laugh at the story counts once, as one more sign of sarcasm.
  const eyeRolls = EYE_ROLLS.some((emoji) => text.includes(emoji)) || LAUGHTER.test(text) ? 1 : 0;
  const first = sarcasm[0];
  if (first && sarcasm.length + eyeRolls >= 2) found.push(first);
  return found;
}
