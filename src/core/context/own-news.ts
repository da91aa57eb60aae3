/**
 * The poster's own health or family news ("my wife Sarah", "I was diagnosed at 38"). It is theirs to
 * share: not a patient disclosure.
 */
/** Grandparents and elders as families call them, in English and other languages ("my Lola", "my Nonna"). */
const GRANDPARENT =
  "gran|gramma|grammy|gramps|grandad|granddad|nan|nanna|nonna|nonno|lola|lolo|abuela|abuelo|abuelita|abuelito|oma|opa|bubbe|bubby|zayde|yiayia|yaya|papou|babcia|dziadek|nani|dadi|tita|tito|tia|tio|mamaw|papaw|meemaw|pawpaw|halmeoni|obaachan|ojiichan";
/** A relative, named by the poster. */
export const KINSHIP_WORD = new RegExp(
  `^(?:${GRANDPARENT}|nana|papa|mom|mum|dad|granny|grandma|grandpa|auntie|aunty|uncle)$`,
  "i",
);

const RELATIVE = `(?:wife|husband|spouse|partner|son|daughter|kid|kids|child|children|baby girl|baby boy|baby|mom|mother|mum|dad|father|sister|brother|sibling|grandma|grandmother|grandpa|grandfather|granny|nana|papa|aunt|uncle|niece|nephew|cousin|fianc[eé]e?|boyfriend|girlfriend|bestie|best friend|friend|neighbor|dog|cat|pup|puppy|family|in-laws?|mother-in-law|father-in-law|grandson|granddaughter|grandkids?|twins?|stepson|stepdaughter|godson|goddaughter|${GRANDPARENT})`;

/** "my wife", "our son", "my late father": a name right after this is family. */
export const FAMILY_BEFORE_NAME = new RegExp(
  `\\b(?:my|our|my late|our late|my dear|my sweet|my little|my big|my baby) ${RELATIVE},?\\s$`,
  "i",
);
/** "Sarah, my wife" */
export const FAMILY_AFTER_NAME = new RegExp(`^,?\\s(?:my|our) ${RELATIVE}\\b`, "i");
/** A sentence in which the poster speaks of their own or their family's health. */
export const OWN_NEWS = new RegExp(
  [
    `\\b(?:my|our) (?:late |dear |sweet |little )?${RELATIVE}\\b`,
    "\\bi (?:was|am|got|have been|had|just|finally) (?:diagnosed|treated|admitted|discharged|cancer-free|in remission|pregnant|\\d+)",
    "\\bi(?:'m| am) (?:\\d+|a survivor|cancer-free|in remission|pregnant|recovering|the patient|on the other side)",
    "\\bi (?:broke|fractured|tore|sprained|dislocated|needed|ended up|spent|got stitches|had to get|finally got)\\b",
    "\\bmy (?:own )?(?:wrist|arm|leg|knee|hip|back|ankle|foot|hand|shoulder|neck|head|heart|first|annual|doctor|dentist|surgeon|oncologist|ob|pcp|therapist|appointment|mri|scan|labs|results|teeth|tooth|wisdom teeth|tonsils|gallbladder|appendix|eyes?|ears?|skin|bloodwork|biopsy|flu shot|booster|vaccine|physical|checkup|colonoscopy|mammogram|c-section|iud|stitches|cast|crown|filling|root canal)\\b",
    // "the hygienist becomes the patient": the poster on the other side of care.
    "\\b(?:becomes?|became|becoming|turned into|now) the patient\\b",
    "\\b(?:my own|my (?:surgery|diagnosis|cancer|treatment|recovery|birthday|mammogram|chemo|journey|story|labor|delivery))\\b",
  ].join("|"),
  "i",
);
