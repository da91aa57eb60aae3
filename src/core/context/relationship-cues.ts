/**
 * Replies that confirm someone is a patient. HHS OCR has fined practices for exactly this in replies to
 * online reviews (see shared/external/ocr_social_media_cases.json).
 */
const CARE_NOUN =
  "(?:visit|appointment|appt|procedure|surgery|aligners?|invisalign|retainer|night guard|bridge|partials?|operation|treatment|stay|exam|checkup|check-up|physical|cleaning|filling|crown|root canal|extraction|implant|implants|biopsy|scan|x-?rays?|mri|ct|labs?|lab work|bloodwork|blood work|results?|test results|chart|records?|medical records?|file|diagnosis|prescription|refill|medication|meds|therapy|session|consult|consultation|admission|discharge|delivery|c-section|recovery|scope|knee scope|replacement|injection|infusion|adjustment|braces|bill|balance|claim|copay|follow-?up|follow up|care|hospital stay|er visit|ed visit|case|condition|injury|wound|stitches|cast|botox|filler|tooth|teeth|crowns?|denture|dentures|baby|birth|pregnancy|ultrasound|mammogram|colonoscopy|chemo|radiation|rehab|pt session|eye exam|glasses|contacts|hearing aids?|cleaning|repair|reconstruction|transplant|fracture|break|sprain|tear|check|cataract check|hearing test|section|transfer|embryo transfer|fitting|scan|knee|hip|shoulder|ankle|wrist|back|tubes|ear tubes|cortisone shot|shot|whitening|veneers|neuter|spay|blood draw|draw|iv|vaccines?|shots|dental|grooming|smile|new smile|[a-z]{3,}(?:ectomy|otomy|ostomy|plasty|oscopy))";

/** "your knee scope", "your 2 week follow up", "your recent visit": up to three words between. */
/** "your", and "ur"/"yr" as people type it in replies. */
export const YOUR = "(?:your|ur|yr)";

export const YOUR_CARE = new RegExp(`\\b${YOUR} (?:[\\w'-]+ ){0,3}?${CARE_NOUN}s?\\b`, "gi");

/** Words before "your X" that make it advertising or education, not a confirmation. */
export const MARKETING_BEFORE =
  /\b(?:book|schedule|make|request|get|plan|ready for|time for|don'?t forget|forget|remember|before|prepare for|preparing for|bring|call to|check|ask about|ask at|ask during|mention at|if|when|protect|keep|take|manage|track|view|access|download|pay|understand)\s(?:[\w'-]+\s){0,2}$/i;
/** Words in the sentence that make "your X" a confirmation of a specific visit. */
export const SPECIFIC_CARE =
  /\b(?:glad|happy|sorry|so sorry|hope|hoping|great seeing|nice seeing|good seeing|great to see|see you|seeing you|saw you|went|go(?:es)? well|was|were|noted|notes|shows?|showed|indicates?|yesterday|last (?:week|month|time|visit|year)|earlier|this morning|today|tomorrow|next|upcoming|recent|went well|healing|healed|heal|helped|help|turned out|came back|is ready|are ready|doing|congrats|congratulations|thanks|thank you|pleasure|enjoyed|loved|missed|sorry to hear|great news|good news|came down|went down|went up|improved|looks? (?:good|great|perfect)|looked|settling|better|perfectly|smoothly|brave|a joy|joy to|during (?:his|her|their) stay)\b/i;
/** Education and instructions ("you can view your results in the portal") are not confirmations. */
export const GENERIC_INSTRUCTION =
  /\b(?:thanks? (?:you )?for (?:choosing|trusting)|you can (?:view|see|access|find|check|log|download|schedule|book|request|sign|pay|expect|always)|you may|you should|patients can|anyone|everyone|all patients|portal|mychart|app|online|anytime|always|never|tips?|reminder|if you|whether|how to|what to expect|ask your|talk to your|(?:can'?t|cannot|can not|unable to) (?:give|offer|provide|discuss|comment|advise)|with (?:his|her|their|your) (?:prescriber|doctor|provider|pcp|pharmacist))\b/i;

export const OTHER_CONFIRMATION = new RegExp(
  [
    "\\b(?:our|my) (?:records|chart|notes|files) (?:show|shows|indicate|indicates|say|says|reflect)\\b",
    "\\baccording to (?:our|your) (?:records|chart|file|system|notes)\\b",
    "\\byou were (?:seen|treated|examined|admitted|discharged|triaged|checked in|roomed)\\b",
    "\\bwhen you (?:were|came) (?:in|here|to see us|to our)\\b",
    "\\byou (?:were|came) in (?:yesterday|last|on|today|this|for)\\b",
    "\\b(?:great|nice|good|lovely|wonderful|a pleasure|so good|fun) (?:seeing|to see|meeting|to meet|having|treating|working with) you (?:and (?:the|your|his|her|little) [\\w-]+ )?(?:in|at|for|today|yesterday|last|this|the other day)\\b",
    // "Your surgeon reviewed your post-op photos with you": what their clinician did for them.
    "\\b(?:your|ur) (?:[\\w-]+ )?(?:surgeon|dentist|hygienist|therapist|provider|nurse|physician|doctor|midwife|optometrist|dermatologist|specialist) (?:reviewed|noted|documented|explained|discussed|examined|treated|removed|placed|performed|did|saw|told you|went over|charted|recorded)\\b",
    "\\bwe (?:saw|treated|see) you\\b",
    "\\bsee (?:you|u|ya) (?:[\\w-]+ ){0,2}(?:in|at) (?:the|our) (?:[\\w-]+ )?(?:infusion|clinic|office|suite|unit|chair|appointment|follow-?up|visit|er|lab|rehab|therapy|dialysis|center|gym)\\b",
    // "see u at follow up", "see you at your recall": the next visit of the person replied to.
    "\\bsee (?:you|u|ya) (?:[\\w-]+ ){0,2}(?:at|for|in) (?:your |ur |yr )?(?:next )?(?:follow[- ]?up|f/u|recall|post-?op|check-?up|check|appointment|appt|cleaning|recheck|suture removal|visit|session|adjustment|fitting)\\b",
    "\\byou (?:were|are|was) (?:a|our|such a|the) (?:[\\w-]+ )?(?:patient|pt)\\b",
    // "omg wait that's my patient!!": recognising someone in the thread as one's patient.
    "\\bthat'?s (?:my|our) (?:patient|pt)\\b",
    "\\bas your (?:dentist|doctor|provider|surgeon|nurse|therapist|physician)\\b",
    "\\b(?:your|you'?re) (?:a )?(?:patient|pt) (?:of|with|at) (?:ours|us|our)\\b",
    "\\b(?:dr\\.?|doctor) \\w+ (?:noted|said|says|mentioned|told you|recommended)\\b[^.!?]{0,30}\\byou",
  ].join("|"),
  "i",
);

/** "@chef_marco_live came in for his cleaning", "thanks @amy for choosing us". */
export const HANDLE_AS_PATIENT = new RegExp(
  [
    "@[\\w.]{2,30}\\s(?:who )?(?:(?:came|comes|coming|come) (?:in|by) (?:for|to|with|after)|was in|was here|stopped (?:in|by)|popped in|visited us|sat in our|is in our|in our (?:chair|office|clinic)|got (?:his|her|their) |had (?:his|her|their) |finished (?:his|her|their) |is recovering|is doing|after (?:his|her|their) )",
    "\\b(?:thanks?|thank you|congrats|congratulations|welcome back)\\s@[\\w.]{2,30}\\s(?:for (?:coming|visiting|choosing|trusting|being)|on (?:your|his|her) (?:new|successful|recovery|surgery|smile))",
    "\\b(?:our (?:patient|pt)|patient)\\s@[\\w.]{2,30}",
    // Care the poster's team gave the handle: "fitted @x with new hearing aids", "stitched up @y".
    "\\b(?:fit|fitted|fitting|treated|treating|saw|scanned|examined|x-?rayed|stitched(?: up)?|patched(?: up)?|operated on|vaccinated|tested|delivered|casted|splinted|fixed up|looked after|took care of|cared for)\\s@[\\w.]{2,30}",
    // "@x yes that was me who did your section": the poster owning the care of the person replied to.
    "\\b(?:that was|it was|'twas) (?:me|us|our team) (?:who|that) (?:did|delivered|treated|stitched|scanned|saw|looked after|operated on)\\b",
    // "Rhinoplasty + chin implant on the gorgeous @bella.v.rose": a procedure done on the handle.
    `\\b${CARE_NOUN}s?\\b[^.!?@\\n]{0,30}\\b(?:on|for) (?:(?:the|our) )?(?:[\\w-]+ ){0,2}@[\\w.]{2,30}`,
  ].join("|"),
  "i",
);

/** "Your son did amazing during his ear tubes procedure": the person replied to brought a relative in. */
export const YOUR_RELATIVE_CARE = new RegExp(
  `\\b${YOUR} (?:son|daughter|child|kid|kiddo|little one|baby|mom|dad|mother|father|husband|wife|partner|spouse|sister|brother|sis|bro|aunt|uncle|cousin|niece|nephew|grandson|granddaughter|grandma|grandpa|boyfriend|girlfriend|fianc[eé]e?|bestie|roommate|dog|cat|pup|puppy|kitten|kitty|pet|fur ?baby|horse|bunny)(?:'s)?\\b[^.!?]{0,60}?\\b(?:${CARE_NOUN}|broken|arm|leg|er|ed|icu|nicu|healing|bypass|chemo|stroke|fracture|cancer|delivery|birth|baby|surgery|stitches|cast|infection|labor|recovery|heart attack|pneumonia|dialysis|transplant)\\b`,
  "i",
);

/**
 * Thanks that confirm a visit only when said to someone in a reply ("thanks for coming in!"); posted to
 * everyone ("thank you for trusting us") it is the organization's general voice.
 */
/** In a reply, a named pet's or relative's care: "Bella's teeth cleaning went great". */
export const NAMED_ONES_CARE = new RegExp(`\\b[A-Z][a-z]+'s (?:[\\w'-]+ ){0,2}?${CARE_NOUN}\\b`);

/** In a reply, "glad the stitches came out clean", "hope the new meds are helping": the care is theirs. */
export const REPLY_THE_CARE = new RegExp(
  `\\b(?:glad|happy|hope|hoping|sorry|great that|good to hear|how'?s|how is|how are)\\b[^.!?]{0,20}?\\b(?:the|that|this|those|these) (?:[\\w'-]+ ){0,2}?${CARE_NOUN}s?\\b|\\b(?:did|was|were) (?:so |really |very |such )?(?:great|well|good|amazing|brave|awesome) (?:with|during|at|for) (?:his|her|their|the) (?:[\\w'-]+ ){0,2}?${CARE_NOUN}\\b|\\b(?:you|u|ur|you're|youre)\\b[^.!?]{0,80}\\b(?:in|into|out of) my (?:dental |hygiene )?chair\\b`,
  "i",
);

export const REPLY_THANKS =
  /\bthanks? (?:you )?for (?:coming in|visiting us|choosing us|trusting us|trusting our|being such a great patient|being a patient|your visit)\b/i;

/**
 * In a reply, what happened to the person replied to during their care, or what comes next for them:
 * "you were a star under sedation", "u did great during ur colonoscopy", "stitches out in 7 days".
 */
export const REPLY_YOUR_CARE_EVENT =
  /\b(?:you|u)(?:'re| are| were| was| did| went)\b[^.!?]{0,40}?\b(?:under (?:sedation|anaesthe\w*|anesthe\w*|general|the knife|gas)|during (?:your|ur|the) [\w-]+|in (?:labou?r|recovery|surgery|theatre|theater|the chair|the scanner))|\b(?:stitches|sutures|staples|cast|splint|drain|dressing|boot) (?:out|off|comes? (?:out|off)|can come (?:out|off)) in \d+|\b(?:keep|stop) (?:picking at|scratching|touching|getting) (?:them|it|the (?:stitches|wound|incision|cast|dressing))\b/i;

/**
 * In a reply, the poster's side of a care relationship with the person replied to: "we miss you on the
 * rehab treadmill", "best physio patient ever", "glad u feel better after that ED visit", "sorry the
 * numbing wore off slow".
 */
export const REPLY_CARE_BOND =
  /\b(?:miss(?:ed)?|missing) (?:you|u|ya) (?:on|at|in) (?:the|our) (?:[\w-]+ ){0,3}?(?:rehab|clinic|unit|ward|floor|chair|infusion|dialysis|gym|treadmill|office|suite|center|centre|pool|bay)\b|\b(?:best|favou?rite|bravest|toughest|strongest) (?:[\w-]+ ){0,2}?(?:patient|pt|client)s? (?:ever|of the (?:year|week|month)|i'?ve (?:ever )?had)\b|\b(?:feeling|feel|doing) (?:so much |much |a lot )?better after (?:that|the|your|ur) (?:[\w&-]+ ){0,2}?(?:visit|stay|surgery|procedure|admission|er|ed|a&e|op|operation|infusion)\b|\b(?:the|that|your|ur) (?:numbing|anesthetic|anaesthetic|local|freezing|sedation) (?:wore|wears|is wearing|has worn) off\b/i;

/** A handle is tagged (not credited as a colleague: "thanks to @drlee", "cc @charge_rn"). */
export const TAGGED_HANDLE =
  /(?<!\b(?:to|by|with|cc|via|dr\.?|nurse|thanks|shoutout|colleague|coworker|team)\s)@[\w.]{2,30}/i;

/** Someone came in for their own care, told as news to share: "look who came in for her 20 week scan". */
export const CAME_IN_FOR_CARE =
  /\b(?:look|guess|see) who\b[^.!?]{0,30}\b(?:came in|was in|stopped by|popped in|is here|was here|(?:we )?(?:got to )?(?:meet|met|delivered))\b|\b(?:came|was|is) in (?:today |tonight )?for (?:her|his|their) (?:[\w-]+ ){0,3}(?:scan|ultrasound|appointment|appt|checkup|check-up|visit|procedure|surgery|cleaning|follow-?up|injection|infusion|treatment|session|delivery|c-section|induction)\b/i;
