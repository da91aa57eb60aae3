import { splitSentences } from "../text/sentences";
import type { Span } from "../types";
import { CONSENT_STATED, PATIENT_IMAGE, PATIENT_STORY } from "./consent-cues";
import { mentionsHealth } from "./health-terms";
import { ORGANIZATION_VOICE } from "./organization-voice";
import { OWN_NEWS } from "./own-news";
import { CARE_SETTING, PATIENTS_FROM_A_NAMED_PLACE, STRONG_PATIENT_CUE, WEAK_PATIENT_CUE } from "./patient-cues";
import { PUBLIC_FIGURE, SEEN_OR_TREATED } from "./public-figures";

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

export function readCues(text: string): Cues {
  const sentences = splitSentences(text).map((span): SentenceCues => {
    const sentence = text.slice(span.start, span.end);
    return {
      ...span,
      text: sentence,
      patient: STRONG_PATIENT_CUE.test(sentence) || PATIENTS_FROM_A_NAMED_PLACE.test(sentence),
      weakPatient: WEAK_PATIENT_CUE.test(sentence),
      health: mentionsHealth(sentence),
      organizationVoice: ORGANIZATION_VOICE.test(sentence),
      ownNews: OWN_NEWS.test(sentence),
      publicFigure: PUBLIC_FIGURE.test(sentence),
      seenOrTreated: SEEN_OR_TREATED.test(sentence),
      careSetting: CARE_SETTING.test(sentence),
    };
  });
  return {
    sentences,
    patient: sentences.some((sentence) => sentence.patient),
    health: sentences.some((sentence) => sentence.health),
    organizationVoice: sentences.some((sentence) => sentence.organizationVoice),
    consentStated: CONSENT_STATED.test(text),
    patientImage: PATIENT_IMAGE.test(text),
    patientStory: PATIENT_STORY.test(text),
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
