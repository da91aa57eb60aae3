/**
 * Staff, doctors and colleagues named in their professional role: welcomes, awards, hires, retirements,
 * presentations, credentials after the name. A name in such a role is not a patient's.
 */
export const STAFF_BEFORE_NAME = new RegExp(
  [
    // "our patient liaison team, led by Karen": who leads a team works there.
    "\\b(?:led|run|headed|managed|coordinated|chaired|hosted|emceed) by\\s$",
    "\\b(?:happy retirement|farewell|welcome (?:aboard|to the team)|please welcome|join(?:ing)? us in welcoming)\\b[^.!?]{0,40}$",
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
    "^\\s(?:on|at|in) [A-Z][\\w' ]{1,30} for (?:donating|the donation|sponsoring|supporting|sending|bringing|feeding|providing)\\b",
  ].join("|"),
  "i",
);
