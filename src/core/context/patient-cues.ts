/**
 * Words that show a post is about a patient: the patient words clinicians use, care events and the way
 * they describe someone in their care. Strong cues point at one person; weak ones (plural "patients")
 * only set the scene.
 */
export const STRONG_PATIENT_CUE = new RegExp(
  [
    "(?<!\\b(?:i'm|i am|i was|im|now i'm|was|be|being|become|becomes|became|becoming) )\\b(?:my|our|a|an|the|this|that|one|only|sweet|little|fav(?:ou?rite)?|oldest|youngest|new|former) (?:[\\w'-]+ ){0,2}(?:patient|pt)\\b(?!'?s? (?:advocate|advocacy|portal|experience|relations|services|navigator|liaison|financial|access|education|safety|satisfaction|family advisory|care coordinator|forms?|line))",
    "\\bpatient's\\b",
    "\\b(?:pateint|patinet|paitent|ptnt)s?\\b",
    "\\bpt(?:'s)?\\b",
    // "pts mom wants", "pts wife called": the apostrophe dropped.
    "\\bpts (?:mom|mum|dad|wife|husband|son|daughter|family|sister|brother|partner|mother|father|kid|kids)\\b",
    "\\b(?:admitted|discharged|readmitted|transferred to|coded|intubated|extubated|resuscitated|triaged)\\b",
    "\\b(?:s/p|h/o|c/o|hx|dx|y/?o|yo|y\\.o\\.|post-?op day|pod ?\\d)\\b",
    // "$40M", "€12m": money, not a 40-year-old man.
    "(?<![$£€¥.,\\d])\\b\\d{1,3}[\\s-]?(?:y/?o|yo|yr old|yr-old|year[- ]old|years old|weeker|[mf])\\b",
    // "honored to have been his night nurse", "I was her midwife": whoever the poster cared for is a patient.
    "\\b(?:i was|i'm|i am|been|be|being) (?:his|her|their) (?:[\\w-]+ ){0,2}(?:nurse|doctor|doc|physician|surgeon|midwife|therapist|physio|pharmacist|caregiver|carer|aide|medic|paramedic|dentist|hygienist|np|rn|cna)\\b",
    // "My favorite resident turns 100": no resident physician is that old, so it is a care-home resident.
    "\\bresidents?\\b[^.!?]{0,30}\\b(?:turn(?:s|ed|ing)|celebrat\\w+|is|was|at) (?:9\\d|1[01]\\d)\\b",
    // "fax her mum's home-care notes", "his discharge papers": one person's care records.
    "\\b(?:his|her|their|[a-z]+'s) (?:home-?care|medical|clinical|care|visit|nursing|discharge|therapy|physio|hospital|chart) (?:notes|records|files|papers|paperwork|summary|summaries)\\b",
    // "peds kiddo from Lone Pine came in w/ anaphylaxis", "had a kiddo from X in for": a story that opens on its person.
    "^\\W*(?:[\\w-]+ ){0,2}(?:kiddo|kid|toddler|teen|infant|guy|lady|gentleman|fella|grandpa|grandma) (?:from|came in|came|rolled in|in with|w/)",
    // "the resident in 118B", "a client in rm 4": who lives or stays in a numbered room is cared for there.
    "\\b(?:resident|client|inmate) in (?:room |rm )?\\d{1,4}[a-z]?\\b",
    // "our home-care client", "a hospice patient": someone in a care program.
    "\\b(?:home-?care|hospice|palliative|wound-?care|home health) (?:client|patient|pt|resident)\\b",
    // "one of our patients", "one of my moms": one person out of many is still one person.
    "\\bone of (?:our|my|the|his|her) (?:[\\w-]+ ){0,2}(?:patients|pts|moms|mums|mamas|mommas|dads|papas|parents|kids|kiddos|babies|residents|clients|regulars|members|families|elderly|vets|veterans)\\b",
    // A sentence that opens on the patient: "Patient left his wallet", "Pt refusing meds again".
    "^\\W{0,3}(?:patient|pt)\\b(?!s|'s| (?:portal|advocate|advocacy|experience|relations|liaison|services|navigator|financial|access|education|safety|satisfaction|care|forms?|line|parking|info|information|resources?|registration|reviews?|testimonials?|stories|story|privacy|rights|centered|centred|first|feedback|survey))",
    // Care by a unit: "the kid our ED treated", "our team resuscitated".
    "\\b(?:our|the) (?:ed|er|icu|nicu|picu|team|crew|unit|trauma team|clinic|surgeons?) (?:treated|saw|admitted|resuscitated|stabilized|intubated|delivered|transferred|flew|discharged)\\b",
    // Someone kept alive or brought back: "is alive because you started compressions", "did CPR on the man".
    "\\b(?:is|was|are|were) (?:still )?alive (?:because|thanks)\\b|\\b(?:cpr|compressions|chest compressions) on (?:the|a|an|him|her|them|his|my)\\b",
    // Home care: every home visit or house call is to a patient.
    "\\b(?:home|house) (?:visits?|calls?)\\b(?! (?:program|service|team meeting))",
    // "I've been that man's doctor for forty years", "she was his nurse".
    "\\b(?:been|am|was|i'm|became|as) (?:his|her|their|that (?:man|woman|lady|family)'s|[A-Z][a-z]+'s) (?:family )?(?:doctor|gp|physician|nurse|dentist|surgeon|midwife|therapist|oncologist|pcp|cardiologist)\\b",
    "\\b(?:came|come|comes|rolled|walked|brought|was brought) in (?:for|with|today|tonight|yesterday|last|this|after|by|complaining|c/o|together|(?:at|around) \\d{1,2}(?::\\d\\d)? ?(?:am|pm)?|early|late|overnight)\\b",
    // "Honored to have cared for Lou Marino": care given to someone, not to the poster's own family.
    "\\b(?:cared for|caring for|took care of|taking care of|to care for) (?!(?:my|our|your|his|her|their|them|us|you|yourself|myself|ourselves|each other|others|patients|people|kids|children|families|business|the community)\\b)|\\bin (?:his|her|their) final (?:days|hours)\\b|\\b(?:honou?r|privilege) (?:of|to) (?:treating|treat|caring for|care for|looking after)\\b",
    // "lady in 14B", "guy in bed 3": a person in a numbered place, even without "the".
    "\\b(?:guy|lady|man|woman|gentleman|kid|girl|boy|dude|grandpa|grandma|gramps|granny|nana|vet|veteran|auntie|uncle)(?: \\([^()\\n]{1,12}\\))? in (?:room |rm |bed |bay )?#?\\d{1,4}[a-z]?\\b",
    "\\b(?:was|were|got) seen (?:in|at|by|for|today)\\b",
    "\\bpresent(?:ed|s|ing) (?:with|to)\\b",
    // Updating a patient's family: "call the daughter back", "texted his wife an update".
    "\\b(?:call|calling|called|text|texted|texting|update|updated|updating) (?:the|his|her|their|pt'?s|patient'?s) (?:daughter|son|wife|husband|mom|dad|mother|father|family|sister|brother|partner|niece|nephew)\\b",
    // Someone in the middle of care: "when she's out of surgery", "he's back from the cath lab".
    "\\b(?:he|she|they|hes|shes)(?:'s|'re| is| was| are| were|) (?:still |now )?(?:out of|in|back from|going into|going back to|headed to|headed back to|on the way to) (?:surgery|the or|or|recovery|pacu|the icu|icu|dialysis|the cath lab|cath lab|ct|mri|labor|resus|theatre|theater)\\b",
    // What crews say of the person they reached: "we found her in the barn", "found a hiker".
    "\\b(?:we|i) found (?:her|him|them|a|an|the) (?:(?:man|woman|guy|lady|kid|pt|patient|person|driver|hiker|hunter|resident|teen|child|boy|girl|gentleman)\\b|(?:in|on|under|at|down|face|unresponsive|slumped|pinned))",
    // A third person hurt: "she walked 2 miles to us with a broken wrist".
    "\\b(?:she|he|they)\\b[^.!?]{0,50}\\bwith (?:a |an |her |his |their )?(?:broken|fractured|dislocated|torn|crushed|sprained|burned|busted|shattered) (?:wrist|arm|leg|hip|ankle|ribs?|neck|back|jaw|nose|finger|toe|collarbone|clavicle|femur|pelvis|hand|foot|shoulder|elbow|knee)\\b",
    // One call is one person's emergency: "2nd cardiac arrest call", "an overdose run".
    "\\b(?:overdose|od|arrest|cardiac|mvc|mva|fall|chest pain|stroke|seizure|gsw|stabbing|shooting|psych|trauma|diabetic|breathing|unresponsive|choking|drowning|cpr|code) (?:call|run)s?\\b",
    // A dentist's or hygienist's chair holds a patient: "cried in my chair".
    "\\b(?:in|into|out of) my (?:dental |hygiene )?chair\\b",
    "\\b(?:in|to|at|into|on) (?:our|the) (?:[\\w-]+ )?(?:ed|er|icu|nicu|picu|pacu|trauma bay|ambulance bay|waiting room|chair|dental chair|unit|floor|ward|or|cath lab|exam room|l&d)\\b(?! (?:staff|team|nurses|docs|doctors|crew|techs|colleagues|family|leadership))",
    "\\b(?:is|was|remains) (?:stable|critical|in (?:critical|stable|serious) condition|intubated|sedated|on the vent)\\b|\\b(?:life-?flighted|airlifted)\\b",
    "\\bin with (?:a |an |his |her )?[\\w-]+",
    // "Our ACL warrior", "my little fighter": a patient named by the care they went through.
    "\\b(?:my|our) (?:[\\w-]+ ){0,2}(?:warrior|fighter|trooper)s?\\b",
    // "Treated another forklift crush injury", "saw a little one from ...": one person's care.
    "\\b(?:treated|stitched|splinted|casted|sutured|reduced|scoped) (?:a|an|another|the|this|that|my|our) (?:[\\w-]+ ){0,3}(?:injury|laceration|fracture|burn|wound|kid|guy|lady|man|woman|patient|pt|child|teen)\\b",
    "\\b(?:nicu|picu) (?:baby|babies|graduate|grad|stay|kiddo)\\b",
    // "frequent flyer miles": the airline's, not a patient.
    "\\b(?:drug seeker|frequent flyer(?! (?:miles|points|program|programme|status|card|number|account|lounge))|gomer|bounce ?back)\\b",
    "\\b(?:the|a|another|this|one|that|first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:[\\w-]+ ){0,3}(?:little one|wee one|youngster|tot|guy|lady|man|woman|kid|gentleman|girl|boy|mom|mum|dad|teen|teenager|toddler|baby|bub|infant|family|grandma|grandpa|daughter|son|fella|feller|bloke|lad|lass|chap|farmer|trucker|driver|hunter|cyclist|biker|motorcyclist|runner|worker|student|pedestrian|passenger|skier|hiker|climber|swimmer|camper|fisherman|veteran|inmate|gentleman|frequent flyer|regular|mail carrier|mailman|carrier|deputy|firefighter|roofer|lineman|logger|welder|mechanic|landscaper|rancher|teacher|bride|groom|jogger)(?: (?:tonight|today|yesterday|(?:this|last) (?:week|month|year|shift|morning|night)))? (?:who|whose|in|with|w|w/|from|that|came|brought|we|i|got|was|is|had|has|kept|keeps|said|says|asked|told|wants|wanted|needed|refused|tried|fell|collapsed|crashed)\\b",
    // Without an article, in the telling of a run: "guy we pulled from the rollover", "lady i intubated".
    "\\b(?:guy|lady|man|woman|kid|girl|boy|dude|driver|grandpa|grandma) (?:we|i) (?:just )?(?:pulled|transported|carried|extricated|found|picked up|brought in|treated|intubated|coded|worked|ran on|saw|had)\\b",
    // A crew's work on one person: "my partner and I extricated Mr. X", "we intubated him in the field".
    "\\b(?:we|i) (?:just |finally )?(?:extricated|resuscitated|revived|intubated|transported|airlifted|stabilized|stabilised|defibrillated) (?!(?:ourselves|myself|our|my)\\b)",
    // The people in a crash are its patients: "driver was pinned 45 min", "both drivers ok".
    "\\b(?:driver|passenger|rider|pedestrian|victim|occupant|cyclist|motorcyclist)s? (?:(?:was|were|is|are|got) )?(?:still )?(?:pinned|ejected|trapped|entrapped|extricated|unresponsive|transported|flown|airlifted|intubated|ok|okay|stable|critical|alive|flown out|life-?flighted)\\b",
    // Delivering someone's baby: "we delivered twins on the side of the road", "delivered a baby for a 52 yo".
    "\\b(?:we|i) (?:just )?delivered (?:a|an|the|her|his|their|twins|triplets|babies|baby)\\b|\\bdelivered (?:a baby|twins|triplets) (?:for|to|on|in)\\b",
    // A room standing for its patient: "rm 9's wife said", "bed 4 keeps pressing the call light".
    "\\b(?:rm|room|bed|bay) ?#?\\d{1,4}[a-z]?(?:'s\\b| (?:keeps|kept|wants|wanted|asked|said|says|called|pressed|needs|needed|refused|pulled|coded|fell|just|(?:is|was) (?:asking|calling|yelling|refusing|crying|screaming|sundowning|confused|coding|crashing|awake|up again|on the call light|still|finally|npo)))",
    // A child in care named by their care: "our home vent kiddo", "my NICU baby", "our trach kid".
    "\\b(?:my|our|a|the|this|one|fav(?:ou?rite)?) (?:[\\w-]+ )?(?:vent|trach|nicu|picu|peds|onc|oncology|cardiac|heart|cf|g-tube|dialysis|transplant|icu|burn|trauma|chemo|diabetic|sickle cell|cancer) (?:kiddo|kid|baby|babe|warrior)s?\\b",
    "\\b(?:mrn|medical record|chart|dob|date of birth)\\b",
    // The person being triaged: "triage: dude walked in w...", "ed triage quote".
    "\\btriage\\b(?! (?:nurse|nurses|training|protocols?|system|process|class|course|skills|tool|category|categories|scale))",
    // EMS: a call is one person's emergency ("called to 114 Birch Lane", "dispatched to a rollover", "lift assist").
    "\\b(?:called|dispatched|toned out|responded|paged out|code (?:3|three)|running hot|en ?route) to (?:a|an|the|\\d)|\\b(?:get|gets|got|getting|were|was|been) sent to (?:a |an |\\d)|\\btoned out for\\b|\\b(?:lift assist|transported (?:a|an|the|him|her|them))\\b",
    // Therapy and long-term care speak of clients and residents ("a client today", "our oldest resident").
    "\\b(?:my|a|this|one|that) (?:new )?client\\b(?!s)|\\b(?:our|a|the|this) (?:oldest|longest|longest-living|newest|sweetest|youngest|fav(?:ou?rite)?) (?:[\\w-]+ ){0,2}(?:resident|client|graduate|grad|member|participant)\\b",
    "\\b(?:went home|going home|rang the bell|finished (?:chemo|radiation|treatment))\\b",
    "\\b(?:(?:his|her|their) (?:family|mom|dad|wife|husband|son|daughter) (?:brought|came|called|asked|is|was))\\b",
  ].join("|"),
  "i",
);

/**
 * Someone in a numbered room or bed ("moved to bed 4", "the call light in room 9"). Not when the room
 * hosts staff business: "flu shots for staff in room 204", "huddle in room 3".
 */
export const IN_A_ROOM = /\b(?:in|to|from) (?:room|rm|bed|bay|cubicle|trauma) ?#?\d/i;
/**
 * A room standing for the person in it, as the subject of what happens: "rm 14 finally slept", "bed 22
 * asking for dilaudid again", "bay three has pressed the call bell 40 times". Not a staff room's business
 * (checked with STAFF_GATHERING where this is read).
 */
export const ROOM_AS_SUBJECT =
  /(?:^|[\s,;:(])(?:rm|room|bed|bay|cubicle|ldr|l&d|exam) ?#?(?:\d{1,4}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:'s)? (?:\w+ )?(?:has|had|is|was|keeps|kept|wants|needs|just|finally|still|now|won't|can't|refuses|\w{2,}ed|\w{3,}ing|asked|ate|slept|threw|pulled|bit|hit|fell|ran|left|told|says|said)\b/i;
export const STAFF_GATHERING =
  /\b(?:staff|meeting|huddle|in-?service|training|class|potluck|party|celebration|flu shots|vaccines? for|education|orientation|skills fair|interviews?|conference|talk|lecture|presentation|grand rounds|pizza|lunch|breakfast|donuts|cake)\b/i;

/**
 * A room's furnishing, renovation or gift: "room 302 just got new recliners for family members", "the
 * family room in bay 4 was repainted by our auxiliary". The room is a place, not the patient in it.
 */
export const ROOM_FURNISHING =
  /\b(?:new (?:[\w-]+ )?(?:recliners?|chairs?|furniture|couch(?:es)?|sofas?|tvs?|televisions?|paint|flooring|carpet|curtains|blinds|equipment|sinks?|windows?|lights?|lighting|murals?|artwork|décor|decor|look)|renovat\w*|remodel\w*|refurbish\w*|makeover|upgrade[sd]?|repaint\w*|donat\w*|auxiliary|for (?:family members|families|visitors|parents|loved ones))\b/i;

/** Plural or generic patient words: the post talks about care, not necessarily one person. */
export const WEAK_PATIENT_CUE = /\b(?:patients|pts|our kiddos|clients|residents)\b/i;

/** Ward life around a person: shifts, nurses, call lights, blankets, meal trays, visitors, family. */
export const CARE_SETTING =
  /\b(?:nurse|nurses|shift|night shift|day shift|unit|floor|call light|call bell|blankets?|jell-?o|pudding|meal tray|tray|ice chips|visitors?|visiting hours|family meeting|bedside|rounds|discharge|meds|iv|vitals|sitter|hallway|gown|wheelchair|walker|commode|bedpan|the resident|attending|charge nurse|nursing home|rehab|home health|hospice|(?:the|end|corner|side|our|my|a|same|next) bay|(?:end|corner|window|next|hallway|side) bed|(?:the|our|my|on|a|medical|surgical|psych|maternity|geriatric|stroke|rehab|renal|cardiac|respite) ward)\b/i;

/** "two patients from the Sunrise Manor nursing home": several patients tied to one named place. */
export const PATIENTS_FROM_A_NAMED_PLACE =
  /\b(?:[Pp]atients|[Pp]ts|kids|residents|students|workers|employees|[Kk]ids) (?:from|at|of) (?:the )?[A-Z][a-z]/;

/** Health news its subject made public ("X opening up about her diagnosis"): theirs to share, not a disclosure. */
export const PUBLIC_NEWS =
  /\b(?:opening up about|opened up about|open about|announced|announces|revealed|reveals|went public|made public|in the news|according to|reported|interview|documentary|memoir|press release|told (?:fans|reporters)|on instagram|on twitter|on tiktok)\b/i;

/**
 * Someone's own care, named with "his", "her" or "their": "her chemo journey", "his CABG", "after
 * discharge". A patient in the poster's care, unless the post is the poster's family news or public
 * news (checked where this is read).
 */
export const PERSONAL_CARE =
  /\b(?:his|her|their) new (?:heart|kidney|liver|lungs?|hip|knee|valve|cornea|pancreas|shoulder)\b|\b(?:his|her|their) (?:[\w-]+ )?(?:chemo|surgery|biopsy|discharge|admission|procedure|meds|dressing|dressings|iv|vitals|telemetry|tele|dialysis|transplant|cabg|whipple|c-section|bloodwork|labs|ct|mri|cast|stitches|infusion|transfusion|trach|foley|drain|incision|diagnosis|prognosis|chart|wristband|partials|dentures|bitewings|x-?rays|call light|pain meds|code status|facesheet|paperwork|telehealth|televisit|appointment|appt|pump|insulin pump|pacemaker|cpap|bipap|defibrillator|hearing aids?|wheelchair|walker|oxygen|o2|port|picc|g-tube|monitor|implants?|prosthe\w*|records|medical records|results|test results|after-visit summary|visit summary|summary|second opinion|refills?|scans?|ct disc|imaging|x-?rays|bill|statement|claim)\b(?! (?:residency|rotation|fellowship|training|boards|shift|team|service|rounds|exam|course|class|career))|\b(?:after|before|since|until|at|on|for) (?:his |her |their )?(?:discharge|admission)\b/i;
