/** The post says the patient agreed ("with permission", "written consent on file", "shared with her blessing"). */
export const CONSENT_STATED = new RegExp(
  [
    "\\b(?:with|w/|has given|gave|obtained|signed|written|verbal)\\b[^.!?]{0,25}\\b(?:permission|consent|authori[sz]ation|blessing)\\b",
    "\\b(?:consent|authori[sz]ation|release|permission) (?:form )?(?:is |was )?(?:on file|signed|obtained|given|granted)\\b",
    "\\b(?:shared|posted|sharing|posting) with (?:his|her|their|the patient'?s|the family'?s|mom'?s|parents'?) (?:permission|consent|blessing|okay|ok)\\b",
    "\\b(?:agreed|asked us|wanted us|gave us the (?:ok|okay|go-ahead)) to (?:let us )?(?:share|post|tell)\\b",
    "\\b(?:patient|pt|family|parents?) (?:approved|consented|agreed)\\b",
    // "every family signed the photo release", "media waiver on file".
    "\\b(?:signed|sign|on file|with)\\b[^.!?]{0,20}\\b(?:photo|media|image|social media) (?:release|waiver)s?\\b|\\b(?:photo|media) (?:release|waiver)s? (?:signed|on file)\\b",
    // The patient asked for it: "she said i could tweet this", "he said "post it"", "wanted everyone to see".
    "\\b(?:he|she|they|pt|patient|family|mom|dad|parents|[A-Z][a-z]+) (?:said|says|told me|told us) (?:i|we) (?:could|can|should|may) (?:share|post|tweet|tell|show)\\b",
    '"(?:post|share|tweet) (?:it|this|me|my)\\b',
    "\\b(?:he|she|they|pt|patient|family|mom|dad|parents) (?:wanted|wants|asked) (?:me|us|everyone|the world|people|y'all) to (?:see|share|post|know)\\b",
  ].join("|"),
  "i",
);

/** Patient images: scans, x-rays, clinical photos, before-and-after. */
export const PATIENT_IMAGE = new RegExp(
  [
    "\\b(?:check out|look at|swipe to see|today'?s|amazing|incredible|interesting|crazy|wild|cool|classic|textbook|rare|impressive|gnarly|epic|stunning)\\s(?:[\\w'-]+\\s){0,2}(?:ct|cat scan|mri|x-?rays?|xrays?|radiographs?|scans?|ultrasound|films?|images?|photos?|pics?|pictures?|selfie|video|clip|wound|rash|lesion|fracture|injury)\\b",
    "\\b(?:this|these|here'?s|here is)\\s(?:[\\w'-]+\\s){0,2}(?:ct|cat scan|mri|x-?rays?|xrays?|radiographs?|scans?|ultrasound|films?|photos?|pics?|pictures?|selfie|video)\\b",
    "\\bbefore (?:and|&|\\+|n|/|-) ?after\\b|\\bbefore/after\\b|\\bb&a\\b|\\btransformation (?:tuesday|photo|pic)\\b",
    "#(?:caseoftheday|radiology|xray|beforeandafter|beforeafter|smilemakeover|transformation|surgery|plasticsurgery|dentistry|ortho|nicu|patientstory)\\b",
    "\\b(?:photo|pic|picture|selfie|video) (?:of|with) (?:my|our|a|the|this) (?:patient|pt|kiddo|baby|newborn|little)\\b",
    "\\b(?:patient|pt)'?s? (?:photo|pic|picture|x-?ray|scan|ct|mri|wound|smile|results)\\b",
  ].join("|"),
  "i",
);

/** Testimonials and patient stories told for promotion or inspiration. */
export const PATIENT_STORY = new RegExp(
  [
    "\\b(?:(?:our )?patients (?:say|said|are saying)|patient reviews?|reviews? from (?:our )?patients|testimonial|success story|patient story|patient spotlight|patient of the (?:week|month)|patient journey|meet our patient|in (?:his|her|their) (?:own )?words|what our patients (?:say|are saying)|review from (?:a|one of our) patients?|a patient (?:wrote|said|shared|told))\\b",
    "\\b(?:shares?|shared|sharing|tells?|told) (?:his|her|their) (?:[\\w-]+ )?(?:story|journey|experience)\\b",
    "\\b(?:wild|crazy|interesting|cool|rare|fascinating|unusual|great|fun|weird|classic) case (?:today|tonight|this week|of the day|from clinic|in clinic)\\b",
    "\\b(?:(?:his|her|their) (?:story|journey)) (?:with us|inspires|is)\\b",
    "\\b(?:patient|pt|family) (?:shared|sent (?:us|me)) (?:with (?:permission|consent)|(?:his|her|their) )",
    // A patient's words quoted as praise: "One of our PT patients told us today: 'you gave me my life back.'"
    "\\b(?:patients?|pts?|clients?) (?:told|wrote to|said to|texted|messaged|emailed) (?:us|me)(?: (?:today|yesterday|this week|this morning|after (?:her|his|their) last visit))?\\s?[:,-]?\\s?['\"\u201C\u2018]",
  ].join("|"),
  "i",
);
