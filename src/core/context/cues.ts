import { splitSentences } from "../text/sentences";
import type { Span } from "../types";
import { CONSENT_STATED, PATIENT_IMAGE, PATIENT_STORY } from "./consent-cues";
import { mentionsHealth } from "./health-terms";
import { ORGANIZATION_VOICE } from "./organization-voice";
import { OWN_NEWS } from "./own-news";
import {
  CARE_SETTING,
  IN_A_ROOM,
  PATIENTS_FROM_A_NAMED_PLACE,
  PERSONAL_CARE,
  PUBLIC_NEWS,
  ROOM_AS_SUBJECT,
  ROOM_FURNISHING,
  STAFF_GATHERING,
  STRONG_PATIENT_CUE,
  WEAK_PATIENT_CUE,
} from "./patient-cues";
import { PUBLIC_FIGURE, SEEN_OR_TREATED, TEAM_ROLE } from "./public-figures";

/** What one sentence is about. */
export interface SentenceCues extends Span {
  text: string;
  patient: boolean;
  weakPatient: boolean;
  health: boolean;
  organizationVoice: boolean;
  ownNews: boolean;
  publicFigure: boolean;
  seenOrTreated: boolean;
  /** Ward life: shifts, nurses, call lights, blankets, trays, visitors. Weak: it sets the scene. */
  careSetting: boolean;
}

/** The context cues of a whole post, read once and shared by every rule. */
export interface Cues {
  sentences: SentenceCues[];
  /** Some sentence talks about a particular patient. */
  patient: boolean;
  health: boolean;
  organizationVoice: boolean;
  consentStated: boolean;
  patientImage: boolean;
  patientStory: boolean;
  /** The sentence containing a position (the last one if past the end). */
  sentenceAt(position: number): SentenceCues | undefined;
}

/**
 * Reads the cues of a post. Each cue of each sentence is computed the first time a rule asks for it
 * and kept: most posts need only a few of them, and a long post has many sentences.
 */
export function readCues(text: string): Cues {
  let familyPost: boolean | undefined;
  // "her chemo" is a patient's care unless the post is the poster's own or family news.
  const isFamilyPost = () => {
    familyPost ??= OWN_NEWS.test(withoutQuotes(text));
    return familyPost;
  };
  const sentences = splitSentences(text).map((span) => new SentenceReading(text, span, isFamilyPost));
  const whole = new Map<string, boolean>();
  const once = (cue: string, read: () => boolean): boolean => {
    let value = whole.get(cue);
    if (value === undefined) {
      value = read();
      whole.set(cue, value);
    }
    return value;
  };
  return {
    sentences,
    get patient() {
      return once("patient", () => sentences.some((sentence) => sentence.patient));
    },
    get health() {
      return once("health", () => sentences.some((sentence) => sentence.health));
    },
    get organizationVoice() {
      return once("organizationVoice", () => sentences.some((sentence) => sentence.organizationVoice));
    },
    get consentStated() {
      return once("consentStated", () => CONSENT_STATED.test(text));
    },
    get patientImage() {
      return once("patientImage", () => PATIENT_IMAGE.test(text));
    },
    get patientStory() {
      return once("patientStory", () => PATIENT_STORY.test(text));
    },
    sentenceAt(position: number) {
      // Binary search: sentences are in order and do not overlap.
      let low = 0;
      let high = sentences.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const sentence = sentences[middle] as SentenceCues;
        if (position < sentence.start) high = middle - 1;
        else if (position >= sentence.end) low = middle + 1;
        else return sentence;
      }
      return sentences[Math.min(low, sentences.length - 1)];
    },
  };
}

/** One sentence's cues, each read from its text on first use. */
class SentenceReading implements SentenceCues {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly #isFamilyPost: () => boolean;
  readonly #read = new Map<string, boolean>();

  constructor(post: string, span: Span, isFamilyPost: () => boolean) {
    this.start = span.start;
    this.end = span.end;
    this.text = post.slice(span.start, span.end);
    this.#isFamilyPost = isFamilyPost;
  }

  #once(cue: string, read: (sentence: string) => boolean): boolean {
    let value = this.#read.get(cue);
    if (value === undefined) {
      value = read(this.text);
      this.#read.set(cue, value);
    }
    return value;
  }

  get patient(): boolean {
    return this.#once(
      "patient",
      (sentence) =>
        STRONG_PATIENT_CUE.test(withoutFurnishedRooms(sentence)) ||
        PATIENTS_FROM_A_NAMED_PLACE.test(sentence) ||
        inARoom(sentence) ||
        (!this.#isFamilyPost() && PERSONAL_CARE.test(sentence) && !PUBLIC_NEWS.test(sentence)),
    );
  }
  get weakPatient(): boolean {
    return this.#once("weakPatient", (sentence) => WEAK_PATIENT_CUE.test(sentence));
  }
  get health(): boolean {
    return this.#once("health", mentionsHealth);
  }
  get organizationVoice(): boolean {
    return this.#once("organizationVoice", (sentence) => ORGANIZATION_VOICE.test(sentence));
  }
  get ownNews(): boolean {
    return this.#once("ownNews", (sentence) => OWN_NEWS.test(withoutQuotes(sentence)));
  }
  get publicFigure(): boolean {
    return this.#once("publicFigure", (sentence) => PUBLIC_FIGURE.test(sentence) || TEAM_ROLE.test(sentence));
  }
  get seenOrTreated(): boolean {
    return this.#once("seenOrTreated", (sentence) => SEEN_OR_TREATED.test(sentence));
  }
  get careSetting(): boolean {
    return this.#once("careSetting", (sentence) => CARE_SETTING.test(sentence));
  }
}

/**
 * Someone in a numbered room or bed, or a room standing for its patient. A staff gathering held in a
 * room ("huddle in room 3", "pizza for staff in room 204") is not a patient, so only the words around
 * the room are checked for one (a patient's party elsewhere in the sentence does not count).
 */
function inARoom(sentence: string): boolean {
  const match = IN_A_ROOM.exec(sentence) ?? ROOM_AS_SUBJECT.exec(sentence);
  if (!match) return false;
  const around = sentence.slice(Math.max(0, match.index - 40), match.index + match[0].length + 50);
  return !STAFF_GATHERING.test(around) && !ROOM_FURNISHING.test(around);
}

const ROOM_NUMBER = /\b(?:rm|room|bed|bay) ?#?\d{1,4}[a-z]?\b/gi;

/** "room 302 just got new recliners": a room being furnished stands for no one, so its number is set aside. */
function withoutFurnishedRooms(sentence: string): string {
  return ROOM_FURNISHING.test(sentence) ? sentence.replace(ROOM_NUMBER, "the room") : sentence;
}

/** Quoted words are someone else's ("he said "post it, i want my grandkids to see""), not the poster's. */
const QUOTED = /"[^"\n]{0,200}"/g;

function withoutQuotes(text: string): string {
  return text.includes('"') ? text.replace(QUOTED, '""') : text;
}

const computed = new WeakMap<object, Cues>();

/**
 * The cues of a post: `check` reads them once into `post.cues`; a post built by hand (a test, another
 * caller) gets them computed here on first use.
 */
export function cuesOf(post: { readonly text: string; readonly cues?: Cues }): Cues {
  if (post.cues) return post.cues;
  let cues = computed.get(post);
  if (!cues) {
    cues = readCues(post.text);
    computed.set(post, cues);
  }
  return cues;
}
