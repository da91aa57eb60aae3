/**
 * Staff, doctors and colleagues named in their professional role: welcomes, awards, hires, retirements,
 * presentations, credentials after the name. A name in such a role is not a patient's.
 */
export const STAFF_BEFORE_NAME = new RegExp(
  [
    // "our patient liaison team, led by Karen": who leads a team works there.
    "\\b(?:led|run|headed|managed|coordinated|chaired|hosted|emceed) by\\s$",
    // "thank you to the night team on 5 East — Joanne, Kwame, Thu and Patrick": a team's roll call.
    "\\b(?:team|crew|staff|squad|nurses|colleagues|coworkers|co-workers|residents|techs|medics|unit clerks|night shift|day shift)(?: (?:on|in|at|from|of) (?:the )?[\\w ]{1,15}?)?\\s?[—–:-]\\s(?:[A-Z][\\w'-]*(?:, | (?:and|&) ))*$",
    "\\b(?:happy retirement|farewell|welcome (?:aboard|to the team)|please welcome|join(?:ing)? (?:us|me) in welcoming|(?:excited|thrilled|happy|proud|pleased|delighted) to welcome|welcome back)\\b[^.!?]{0,40}$",
    // "Staff Spotlight: meet Nhung", "Employee of the Month goes to Ray": the name is the staff member's.
    "\\b(?:staff|employee|team member|volunteer|nurse|provider|colleague) (?:spotlight|shout-?out|appreciation|of the (?:month|year|quarter|week))\\b[^.!?]{0,50}$",
    "\\b(?:dr|doctor|nurse|charge nurse|nurse practitioner|np|rn|lpn|cna|pa|physician|surgeon|resident|intern|fellow|attending|hospitalist|intensivist|midwife|doula|therapist|pharmacist|tech|technician|technologist|hygienist|dentist|medic|paramedic|emt|colleague|coworker|co-worker|director|manager|supervisor|ceo|cfo|cmo|cno|president|founder|chair|chief|dean|professor|prof|mentor|preceptor|volunteer|chaplain|receptionist|scheduler|coordinator|educator|administrator|team member|employee|staff|our own|speaker|author|researcher|investigator|partner|liaison|advocate|navigator)\\.?,?\\s$",
    "\\b(?:our|my) (?:new |own |amazing |wonderful |incredible |favorite |fearless )?(?:[\\w-]+ )?(?:nurse|doctor|physician|surgeon|resident|colleague|coworker|co-worker|team|teammate|manager|director|ceo|founder|mentor|preceptor|pharmacist|therapist|hygienist|dentist|staff|tech|technician|technologist|porter|aide|physio|physiotherapist|paramedic|receptionist|secretary|clerk|administrator|matron|sister|np|pa|md|rn|practitioner|assistant|specialist|provider|hire|addition|member|midwife|educator|chaplain|volunteer)s?,?\\s$",
  ].join("|"),
  "i",
);

export const STAFF_AFTER_NAME = new RegExp(
  [
    // "Sarah in 4B is the best charge nurse": what the name is said to be.
    "^(?:\\s(?:in|on) \\S{1,6})?(?:,?\\s(?:is|was|has been) (?:the|our|a|an|my) |(?:,\\s|\\s\\()(?:the |our |my |a |an )?)(?:[\\w-]+ ){0,3}?(?:nurse|doctor|physician|surgeon|resident|intern|attending|tech|medic|paramedic|emt|hygienist|dentist|pharmacist|therapist|preceptor|mentor|manager|director|colleague|coworker|co-worker|rn|np|pa|md|cna|secretary|clerk|scheduler|receptionist|aide|housekeeper|transporter|sitter|chaplain|volunteer|educator|coordinator|partner)\\b",
    "^,?\\s(?:MD|M\\.D\\.|DO|RN|BSN|MSN|NP|FNP|APRN|PA|PA-C|DDS|DMD|DPT|PharmD|PhD|LPN|CNA|CRNA|MPH|FACS|FACP|CNM|LCSW|RD|OTR|EMT|MA)\\b",
    "^,?\\s(?:our|the|my) (?:new |own )?(?:[\\w-]+ ){0,2}(?:nurse|doctor|physician|surgeon|resident|director|manager|ceo|founder|hygienist|dentist|pharmacist|therapist|tech|coordinator|educator|chaplain|volunteer|fellow|intern|np|pa|rn|md)\\b",
    "^,?\\s(?:who )?(?:joins|joined|has joined|is joining|will join|starts|started|retires|retired|is retiring|won|received|earned|was named|has been named|was promoted|graduated|passed (?:her|his|their) boards|presented|presents|will present|led|leads|published|celebrates \\d+ years|on (?:\\d+|thirty|twenty|forty|ten|five) years|on (?:her|his|their) (?:retirement|promotion|award|graduation|new role|achievement|certification|boards|nclex)|on (?:passing|graduating|becoming|earning|winning|being named|finishing (?:residency|school|boards))|for (?:covering|staying|helping|picking up|working|training|precepting|being|organizing|leading|mentoring|donating|the donation|sponsoring|supporting|sending|bringing|feeding|providing|the (?:cookies|pizza|lunch|dinner|food|coffee|donuts|flowers|gifts?|meal|treats|snacks|water)))\\b",
    // "Nhung, our front-desk superstar for 11 years": a tenure belongs to someone who works there.
    "^,\\s(?:our|my) (?!(?:[\\w-]+ )?(?:patient|pt|resident|client|regular|member)s?\\b)[\\w -]{1,40}\\bfor (?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\\+? (?:years|yrs)\\b",
    "^\\s(?:on|at|in) [A-Z][\\w' ]{1,30} for (?:donating|the donation|sponsoring|supporting|sending|bringing|feeding|providing)\\b",
  ].join("|"),
  "i",
);

/** Work roles a stated age can describe: "our 92-year-old volunteer", "Harold, 91, our longest-serving greeter". */
const ROLE_NOUNS =
  "volunteer|greeter|nurse|doctor|physician|surgeon|midwife|chaplain|receptionist|employee|staffer|founder|board member|trustee|donor|benefactor|auxiliary member|auxilian|colleague|coworker|co-worker|mentor|instructor|educator|pharmacist|therapist|porter|aide|team member";

/**
 * An age, then "our" and a work role, or "our" then the age and the role: the age is a staff member's or
 * volunteer's ("our 92-year-old volunteer"), not a patient's. Without "our" the role may be a patient's
 * past ("a 92 yo retired nurse came in with chest pain"), so it does not count.
 */
const AGE_THEN_ROLE = new RegExp(
  `^(?:[\\s-]?(?:y/?o|yo|yrs?[- ]old|years?[- ]old))?,? (our )?(?:(?:retired|former|longtime|long-time|longest-serving|beloved|amazing|oldest|own|youngest|favorite|favourite) )?(?:[\\w-]+ )?(?:${ROLE_NOUNS})s?\\b`,
  "i",
);

export function ageOfStaff(lead: string, tail: string): boolean {
  const match = AGE_THEN_ROLE.exec(tail);
  return match !== null && (match[1] !== undefined || /\bour\s$/i.test(lead));
}
