/**
 * The organization speaking about itself: contact details, hours, events, announcements. An identifier
 * in such a sentence is the organization's own (its phone, address, email, dates), not a patient's.
 */
export const ORGANIZATION_VOICE = new RegExp(
  [
    // "call the clinic", but not "call the daughter back" (a patient's family).
    // "call to book", but not "one call to his respirologist" (care for one patient).
    "\\bcall (?:us|our|me|today|now|ahead)\\b|\\bcall to (?:book|schedule|register|reserve|make|sign|ask|learn|find|confirm|set|enrol|enroll)\\b|\\bcall the (?:office|clinic|number|front desk|nurse line|hotline|main line|main number|line|practice|pharmacy|center|hospital)\\b",
    "\\b(?:questions|info|information|details|appointments?|to schedule|to book|to register|rsvp)\\b\\s?[?:!]?\\s?(?:call|email|text|contact|visit|at)\\b",
    "\\bour (?:clinic|office|practice|hospital|center|centre|team|location|new|main|front desk|nurse line|phone|number|address|email|website|site|pharmacy|lab|campus|building|suite|staff|doors|hours|lobby|van|unit|wing|program|residency|department|station|firehouse|booth|tent)\\b(?! (?:food|coffee|beds?|gowns?|wifi|wi-fi|parking|cafeteria|pillows?|blankets?|tv|jell-?o|pudding|trays?|mattress(?:es)?)\\b)",
    "\\b(?:join us|visit us|find us|contact us|email us|text us|reach us|call us|dm us|message us|stop by|come see|come by|see you there|all welcome|everyone welcome|free (?:class|screening|event|clinic|workshop|seminar))\\b",
    "\\bwalk-?ins? (?:are )?welcome\\b",
    "\\b(?:we are|we're|we will be|we'll be) (?:closed|open|hiring|moving|located|excited|thrilled|proud|offering|hosting)\\b",
    "\\b(?:hours|open|closed) (?:are|is|on|from|daily|today|mon|monday|saturday|sunday|\\d)",
    "\\b(?:now open|grand opening|open house|now hiring|now accepting|accepting new patients|new patients welcome|book (?:now|online|today|your)|schedule (?:now|online|today|your)|register (?:now|online|today|at))\\b",
    "\\b(?:located at|moved to|our new address|new location|will be at|available (?:24/7|at)|line is available|24/7)\\b",
    "\\b(?:email|send) (?:questions|your questions|resumes?|applications?|inquiries)\\b",
    // "his class at school" is a child's, not the organization's event; "than any seminar" is no event at all,
    // and "the class party" is a school's.
    "(?<!\\b(?:his|her|their|my|your|ur|any|no) )\\b(?:reminder|announcement|save the date|upcoming|event|webinar|seminar|workshop|class|fundraiser|5k|blood drive|health fair|vaccine clinic|flu clinic)\\b(?! (?:party|parties|trip|picnic|pet|photos?|clown|reunion))",
    "\\b(?:apply|applications?|resumes?|careers?|job openings?|position|residency program|fellowship)\\b",
  ].join("|"),
  "i",
);
