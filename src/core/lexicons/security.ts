/** What credentials, codes and internal addresses look like. Data only; the security rules use them. */

/** Systems whose login opens patient records: sharing one is a HIPAA breach waiting to happen. */
export const PATIENT_SYSTEMS =
  /\b(?:epic|cerner|meditech|allscripts|athena\w*|eclinicalworks|nextgen|powerchart|hyperspace|haiku|ehr|emr|charts?|charting|tracking board|patient portal|pacs|citrix|care everywhere|mychart|patient list|census|notes|orders|med rec|flowsheets?|patient records|medical records|health records|clinical records?|clinical system|dentrix|eaglesoft|open dental|softdent|systmone|systm one|lorenzo|trakcare|emis web|docman|ezyvet|reading room|(?:lab|labs|results|pathology|imaging|radiology|patient|clinical|fax|e-?fax|referrals?|scheduling|billing|dictation|transcription)(?: results)? (?:portal|system|database|pc|workstation|inbox|queue)|pull (?:up )?(?:old )?(?:images|scans|results|labs|charts|records|referrals|faxes))\b/i;

/** Record systems named by an acronym that is also an ordinary word in lower case ("Mar 3"). */
export const PATIENT_SYSTEM_ACRONYMS = /\b(?:e?MAR|BCMA|ADT|EMIS|PMR|EPR|EHR|EMR|PAS|RiO|PACS)\b/;

/** Words that introduce a secret. */
export const SECRET_WORDS =
  /\b(?:password|passwords|passcode|passwd|pw|pwd|pword|login|logins|log-in|credentials|creds|username|user name|user id|userid|user|pass|log in as me|login as me)\b/gi;

/** Keywords too common to look far after: only the very next word can be the secret ("user jsmith4"). */
export const WEAK_SECRET_WORDS = /^(?:user|pass)$/i;

/**
 * A user name and a password written as a pair ("jkowal / Spring!2024", "MercyMD / scalpel2024"): the
 * first starts with a letter, the second is checked by the rule to look like a password.
 */
export const CREDENTIAL_PAIR = /(?<![\w@/.:-])([A-Za-z][\w.-]{2,29}) ?\/ ?([^\s/]{4,30})/g;

/** Words that make a user/password pair a login being handed out ("use mine", "account", "wifi"). */
export const ACCESS_CUES =
  /\b(?:use mine|use my|login|logins|log in|logon|log on|sign in|sign-in|access|account|acct|creds|credentials|password|passwd|pw|pwd|pass|wifi|wi-fi|network|ssid|user|username|generic|shared|workstation|terminal|pc)\b/i;

/** Describing how a shared password is built is as good as sharing it ("the unit name plus 2025"). */
export const PASSWORD_PATTERN =
  /\b(?:plus|followed by|same as|then the year|and the year|backwards|same for everyone|everyone uses)\b|\+/i;

/** Things a door, cabinet or alarm code opens. */
export const LOCKS =
  /\b(?:door|doors|keypad|lock|gate|entry|entrance|access|alarm|lockbox|closet|lounge|stairwell|elevator|badge|cabinet|locker|cipher|med room|supply room|break room|nurses station|pyxis|omnicell|storage|office|unit|bathroom|restroom|staff|locker room|garage|parking|stockroom|fridge|key ?safe|key box|keys|cupboard|controlled drugs)\b/i;

/** Query parameters that carry a patient identifier. */
export const PATIENT_PARAMETER =
  /[?&;](?:mrn|patient_?id|patientid|pat_?id|pt_?id|ptid|pid|encounter(?:_?id)?|enc(?:_?id)?|encid|visit_?id|visit|admission(?:_?id)?|accession(?:_?(?:no|num|number))?|episode_?id|csn|fin|med_?rec\w*|chart_?id|account_?id|acct\w*|dob|ssn|member_?id|person_?id|patient|referral_?id|ref_?id|case_?id|order_?id|study_?id|specimen_?id|record_?id|nhs_?(?:no|num|number)|hosp_?(?:no|num|number)|hospital_?(?:no|num|number)|ur_?no|chi|(?:show_?)?phi)=/i;

/** Paths of an internal page that lists patients ("/census", "/patientlist"): high even without an identifier. */
export const PATIENT_VIEWS = /\b(?:census|patient_?list|patients|tracking_?board|bed_?board|handoff|sign_?out)\b/i;

/** Host suffixes used only on private networks. */
export const INTERNAL_SUFFIXES = [
  ".local",
  ".internal",
  ".corp",
  ".lan",
  ".intranet",
  ".localdomain",
  ".home.arpa",
  ".private",
];

/** Host names that give away a clinical system when they have no public top-level domain. */
export const CLINICAL_HOST_WORDS = /(?:epic|cerner|meditech|ehr|emr|intranet|citrix|sharepoint|pacs|kronos|pyxis)/i;

/** Public top-level domains seen in health posts; a clinical host name without one is internal. */
export const PUBLIC_TLDS = new Set([
  "com",
  "org",
  "net",
  "edu",
  "gov",
  "mil",
  "us",
  "io",
  "co",
  "uk",
  "ca",
  "au",
  "nz",
  "ie",
  "de",
  "fr",
  "in",
  "health",
  "care",
  "info",
  "biz",
  "me",
  "ly",
  "to",
  "gl",
  "be",
  "app",
  "dev",
  "ai",
  "ms",
  "gle",
  "link",
  "page",
  "site",
]);
