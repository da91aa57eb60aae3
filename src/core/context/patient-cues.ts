/**
 * Words that show a post is about a patient: the patient words clinicians use, care events and the way
 * they describe someone in their care. Strong cues point at one person; weak ones (plural "patients")
 * only set the scene.
 */
export const STRONG_PATIENT_CUE = new RegExp(
  [
    "(?<!\\b(?:i'm|i am|i was|im|now i'm|was|be|being) )\\b(?:my|our|a|the|this|that|one|sweet|little|fav(?:ou?rite)?|oldest|youngest|new|former) (?:[\\w-]+ ){0,2}(?:patient|pt)\\b(?!'?s? (?:advocate|advocacy|portal|experience|relations|services|navigator|financial|access|education|safety|satisfaction|family advisory|care coordinator|forms?|line))",
    "\\bpatient's\\b",
    "\\b(?:pateint|patinet|paitent|ptnt)s?\\b",
    "\\bpt(?:'s)?\\b",
    "\\b(?:admitted|discharged|readmitted|transferred to|coded|intubated|extubated|resuscitated|triaged)\\b",
    "\\b(?:s/p|h/o|c/o|hx|dx|y/?o|yo|y\\.o\\.|post-?op day|pod ?\\d)\\b",
    "\\b\\d{1,3}\\s?(?:y/?o|yo|yr old|year[- ]old|years old|weeker|[mf])\\b",
    "\\b(?:came|come|comes|rolled|walked|brought|was brought) in (?:for|with|today|tonight|yesterday|last|this|after|by|complaining|c/o|together)\\b",
    // "Honored to have cared for Lou Marino": care given to someone, not to the poster's own family.
    "\\b(?:cared for|caring for|took care of|taking care of|to care for) (?!(?:my|our|your|his|her|their|them|us|you|yourself|myself|ourselves|each other|others|patients|people|kids|children|families|business|the community)\\b)|\\bin (?:his|her|their) final (?:days|hours)\\b|\\b(?:honou?r|privilege) (?:of|to) (?:treating|treat|caring for|care for|looking after)\\b",
    // "lady in 14B", "guy in bed 3": a person in a numbered place, even without "the".
    "\\b(?:guy|lady|man|woman|gentleman|kid|girl|boy|dude|grandpa|grandma|gramps) in (?:room |rm |bed |bay )?#?\\d{1,4}[a-z]?\\b",
    "\\b(?:was|were|got) seen (?:in|at|by|for|today)\\b",
    "\\bpresent(?:ed|s|ing) (?:with|to)\\b",
    "\\b(?:in|to|from) (?:room|rm|bed|bay|cubicle|trauma) ?#?\\d",
    "\\b(?:in|to|at|into|on) (?:our|the) (?:[\\w-]+ )?(?:ed|er|icu|nicu|picu|pacu|trauma bay|ambulance bay|waiting room|chair|dental chair|unit|floor|ward|or|cath lab|exam room|l&d)\\b(?! (?:staff|team|nurses|docs|doctors|crew|techs|colleagues|family|leadership))",
    "\\b(?:is|was|remains) (?:stable|critical|in (?:critical|stable|serious) condition|intubated|sedated|on the vent)\\b|\\b(?:life-?flighted|airlifted)\\b",
    "\\bin with (?:a |an |his |her )?[\\w-]+",
    "\\b(?:nicu|picu) (?:baby|babies|graduate|grad|stay|kiddo)\\b",
    "\\b(?:drug seeker|frequent flyer|gomer|bounce ?back)\\b",
    "\\b(?:the|a|another|this|one|that) (?:[\\w-]+ )?(?:guy|lady|man|woman|kid|gentleman|girl|boy|mom|dad|teen|teenager|toddler|baby|infant|family|grandma|grandpa|daughter|son|farmer|trucker|driver|hunter|cyclist|biker|motorcyclist|runner|worker|student|pedestrian|passenger|skier|hiker|climber|swimmer|camper|fisherman|veteran|inmate|gentleman|frequent flyer|regular) (?:who|in|with|from|that|came|brought|we|i)\\b",
    "\\b(?:mrn|medical record|chart|dob|date of birth)\\b",
    // EMS: a call is one person's emergency ("called to 114 Birch Lane", "dispatched to a rollover", "lift assist").
    "\\b(?:called|dispatched|toned out|responded|paged out) to (?:a|an|the|\\d)|\\b(?:lift assist|transported (?:a|an|the|him|her|them))\\b",
    // Therapy and long-term care speak of clients and residents ("a client today", "our oldest resident").
    "\\b(?:my|a|this|one|that) (?:new )?client\\b(?!s)|\\b(?:our|a|the|this) (?:oldest|longest|longest-living|newest|sweetest|fav(?:ou?rite)?) (?:[\\w-]+ )?(?:resident|client)\\b",
    "\\b(?:went home|going home|rang the bell|finished (?:chemo|radiation|treatment))\\b",
    "\\b(?:(?:his|her|their) (?:family|mom|dad|wife|husband|son|daughter) (?:brought|came|called|asked|is|was))\\b",
  ].join("|"),
  "i",
);

/** Plural or generic patient words: the post talks about care, not necessarily one person. */
export const WEAK_PATIENT_CUE = /\b(?:patients|pts|our kiddos|clients|residents)\b/i;

/** Ward life around a person: shifts, nurses, call lights, blankets, meal trays, visitors, family. */
export const CARE_SETTING =
  /\b(?:nurse|nurses|shift|night shift|day shift|unit|floor|call light|call bell|blankets?|jell-?o|pudding|meal tray|tray|ice chips|visitors?|visiting hours|family meeting|bedside|rounds|discharge|meds|iv|vitals|sitter|hallway|gown|wheelchair|walker|commode|bedpan|the resident|attending|charge nurse|nursing home|rehab|home health|hospice)\b/i;

/** "two patients from the Sunrise Manor nursing home": several patients tied to one named place. */
export const PATIENTS_FROM_A_NAMED_PLACE =
  /\b(?:[Pp]atients|[Pp]ts|kids|residents|students|workers|employees|[Kk]ids) (?:from|at|of) (?:the )?[A-Z][a-z]/;
