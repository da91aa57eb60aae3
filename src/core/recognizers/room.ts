import { FIRST_NAMES, KNOWN_WORDS } from "../context/name-lexicon";
import { before, type Candidate, type Recognizer, runPatterns } from "./recognizer";

/** "priya in 5B", "JT in 14B": someone, then a room and wing with no "room" word. */
const SOMEONE_IN_ROOM =
  /(?<![\w'.-])([A-Za-z][A-Za-z'-]{1,20}|(?:[A-Z]\.){2,3}) in (\d{1,4}[A-F]?)\b(?![\w-]|[:.,]\d)/g;
/** Initials standing for a person: "T.N.", "J.M.R.". */
const INITIALS = /^(?:[A-Z]\.){2,3}$/;

const AFTER_NUMBER_NOT_A_ROOM =
  /^\s?(?:mg|mcg|ml|cc|units?|min|minutes?|mins|hours?|hrs?|days?|weeks?|months?|years?|yrs?|patients?|pts?|people|visits?|%|lbs?|kg|calories|steps|miles|am|pm|beds|rooms)\b/i;
const PATIENT_NEAR =
  /\b(?:pt|pts|patient|patients|mr|mrs|ms|guy|lady|man|woman|kid|baby|boy|girl|gentleman|he|she|family)\b/;

/**
 * Rooms, beds and bays ("room 9", "rm 12B", "bed 4", "bay 4", "trauma 2") and a bare room number after
 * a patient ("the lady in 517"): unique locators of a patient in a facility.
 */
export const room: Recognizer = {
  name: "room",
  type: "room",
  patterns: [
    {
      name: "labelled",
      regex:
        /\b(?:room|rm|bed|cama|habitaci[oó]n|bay|cubicle|cube|pod|exam room|trauma|resus|isolation|iso|stretcher|hallway bed|hall bed|chair|recliner|slot|ldr|exam|(?:dialysis|infusion|chemo|treatment) (?:station|chair|bay|pod))\.?\s?(?:no\.?\s?|number\s)?#?\s?(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{1,3})\b/gi,
      score: 0.8,
    },
    {
      // "whoever is in bay three", "bed two keeps calling": a room number in words.
      name: "in words",
      regex:
        /\b(?:room|bed|bay|cubicle|ldr|resus)\s(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![- ](?:of|or|more|times|days|nights|weeks|months|years|hours|people|patients|nurses))/gi,
      score: 0.6,
    },
    {
      // Units named by floor and wing: "her stay with us on 4 West", "transferred to 5N".
      name: "floor and wing",
      regex: /\b(?:on|to|from|at|in) (\d{1,2} ?(?:West|East|North|South|west|east|north|south|[NSEW]))\b(?![\w-])/g,
      group: 1,
      score: 0.6,
      label: "unit",
    },
    {
      name: "labelled upper",
      regex: /\b(?:OR|ICU|PACU|ED|ER|L&D|CCU|NICU|PICU) ?#?\s?\d{1,2}[A-Za-z]?\b/g,
      score: 0.6,
    },
  ],
  validate: (value, text, span) => {
    if (/\b(?:19|20)\d\d\b/.test(value)) return false;
    // "chair 2" is a dental operatory only near a patient or a visit; "bay" and "bed" count alone.
    if (/^(?:chair|recliner|slot|stretcher|exam)/i.test(value)) return PATIENT_NEAR.test(before(text, span.start, 60));
    return !AFTER_NUMBER_NOT_A_ROOM.test(text.slice(span.end, span.end + 12));
  },
  find(text: string): Candidate[] {
    const found = runPatterns(this, text);
    // "the lady in 517", and right after a patient word even "pt in 8", "the guy in 14", "pt in 4B",
    // "the resident in 118B" (a care home's).
    const implied =
      /\b(?:(?:pt|patient|resident|client|inmate|mom|mum|mama|dad|newborn|infant|toddler|teen|twins|guy|lady|man|woman|kid|kiddo|baby|gentleman|girl|boy|grandpa|grandma|granny|gramps|nana|papa|auntie|uncle|vet|veteran|fella|lad|lass|dude|señora|señor|mr\.? \w+|mrs\.? \w+|ms\.? \w+|miss \w+)(?: \([^()\n]{1,12}\))? in (\d{1,4}[A-Za-z]{0,2}(?:-\d{1,3})?)|(?:in|to|from|of|into)\s(\d{3,4}[A-Za-z]?)|\b(?:he|she)(?:'s|\s+is|\s+was)\s+(?:still\s+)?in\s+(\d{1,4}[A-Za-z]))\b/gi;
    for (const match of text.matchAll(implied)) {
      const value = (match[1] ?? match[2] ?? match[3]) as string;
      const start = (match.index ?? 0) + match[0].length - value.length;
      const end = start + value.length;
      if (/^(?:19|20)\d\d$/.test(value) || AFTER_NUMBER_NOT_A_ROOM.test(text.slice(end, end + 12))) continue;
      if (/^[\s,.]*\d/.test(text.slice(end, end + 3)) || /^(?:st|nd|rd|th|s)\b/i.test(text.slice(end, end + 3)))
        continue;
      const lead = before(text, start, 50);
      if (
        match[1] === undefined &&
        match[3] === undefined &&
        !PATIENT_NEAR.test(lead) &&
        !/\b[A-Z][a-z]+\s(?:"[A-Z][a-z]+"\s)?[A-Z][a-z]+\s+in\s$/.test(text.slice(Math.max(0, start - 50), start))
      )
        continue;
      found.push({ start, end, type: "room", recognizer: "room", confidence: 0.6, label: "room number" });
    }
    for (const match of text.matchAll(SOMEONE_IN_ROOM)) {
      const who = match[1] as string;
      const value = match[2] as string;
      const start = (match.index ?? 0) + match[0].length - value.length;
      if (found.some((candidate) => candidate.start < start + value.length && candidate.end > start)) continue;
      const lower = who.toLowerCase();
      // A bare number needs a known name or initials before it ("maria in 12"); a wing letter ("5B") less.
      const bare = /\d$/.test(value);
      if (
        bare &&
        (/^(?:19|20)\d\d$/.test(value) ||
          AFTER_NUMBER_NOT_A_ROOM.test(text.slice(start + value.length, start + value.length + 12)))
      )
        continue;
      if (bare && !FIRST_NAMES.has(lower) && !/^[A-Z]{2,3}$/.test(who) && !INITIALS.test(who)) continue;
      const someone =
        /^[A-Z]{2,3}$/.test(who) ||
        INITIALS.test(who) ||
        FIRST_NAMES.has(lower) ||
        PATIENT_NEAR.test(lower) ||
        (!KNOWN_WORDS.has(lower) && /^[a-z]/i.test(who) && !/^[A-Z]{2,}$/.test(who));
      if (!someone) continue;
      found.push({
        start,
        end: start + value.length,
        type: "room",
        recognizer: "room",
        confidence: 0.6,
        label: "room number",
      });
    }
    return found;
  },
};
