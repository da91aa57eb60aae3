import { cuesOf } from "../../context/cues";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const EDUCATION =
  /\b(?:reminder|psa|does ?n[o']t make|do not (?:post|share)|don'?t (?:post|share)|never (?:post|share)|is not hipaa|isn'?t hipaa)\b/i;

/** "selfie w/ my fav pt", "pic with our oldest patient": the patient is in the picture, face and all. */
const FACE_WITH_PATIENT =
  /\b(?:selfies?|group (?:pic|photo|shot)|pics?|photos?|pictures?|snaps?)\s(?:with|w\/|w|alongside)\s(?:my|our|a|the|this|one of (?:my|our))\s(?:[\w-]+\s){0,2}(?:patients?|pts?)\b/i;

/**
 * Patient images (scans, x-rays, clinical photos, before-and-after), testimonials and patient stories
 * need the patient's written HIPAA authorization; the poster must confirm it is on file.
 */
export const patientImage: Rule = {
  id: "consent/patient-image",
  category: "consent",
  severity: "medium",
  summary:
    "A patient image, scan, before-and-after, testimonial or patient story: confirm written authorization is on file.",
  judge(post: Post): Finding[] {
    const { patientImage, patientStory, consentStated } = cuesOf(post);
    const cues = cuesOf(post);
    // The poster's own family ("my dad, day 3 post CABG ... posted with his blessing") is their news to
    // share; a reminder about photos ("blurring the face does NOT make a patient photo compliant") is
    // education. Neither shows a patient.
    const familyNews = !cues.patient && !patientStory && cues.sentences.some((sentence) => sentence.ownNews);
    if (familyNews || (!consentStated && EDUCATION.test(post.text))) return [];
    // A selfie with a patient shows the patient's face, a HIPAA identifier (a full-face photograph) on its own.
    if (!consentStated && FACE_WITH_PATIENT.test(post.text)) {
      return [
        {
          rule: this.id,
          category: "phi",
          severity: "high",
          message:
            "A selfie or photo with a patient shows their face, a HIPAA identifier: do not post it without the patient's written authorization.",
        },
      ];
    }
    const aboutPatient =
      cues.patient || cues.health || cues.sentences.some((sentence) => sentence.weakPatient) || /#\w/.test(post.text);
    if (
      !(patientImage && aboutPatient) &&
      !patientStory &&
      !(consentStated && (cuesOf(post).patient || cuesOf(post).health))
    )
      return [];
    const what = patientImage
      ? "a patient image"
      : patientStory
        ? "a patient's testimonial or story"
        : "a patient's story";
    return [
      {
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: consentStated
          ? `This shares ${what} and mentions consent: confirm the patient's signed HIPAA authorization is on file before posting.`
          : `This shares ${what}: it needs the patient's written HIPAA authorization, so confirm it is on file before posting.`,
      },
    ];
  },
};
