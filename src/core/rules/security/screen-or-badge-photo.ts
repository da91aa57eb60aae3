import { findAll } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";

/** A photo of a badge or a work screen: badges get cloned, screens show charts in the background. */
const PHOTO_OF =
  /\b(?:pic|pics|photo|photos|picture|pictures|snap|snapped a pic|snapped a photo|snapped|screenshot|screenshots|screen shot|selfie|selfies|shot)(?: of| with| at| in front of| by)? (?:my |the |our |this |a )?(?:[\w'-]+ ){0,2}?(?:badge|badges|id badge|employee id|work id|screens?|epic screen|cerner screen|monitors?|computer screen|workstations?|whiteboards?|census board|tracking board|track ?boards?|patient board|assignment board|chart|epic|emr|ehr|mar)\b/gi;

/** The same, noun first: "badge pic for the memories", "whiteboard photo". */
const THING_PHOTO =
  /\b(?:badge|id badge|employee id|work id|whiteboard|census board|tracking board|assignment board|epic screen|work screen)\s(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|snap|shot)\b(?! (?:form|forms|appointment|day|booth|retake|taken))/gi;
/** Showing it off: "here's my badge", "ignore the Epic screen behind me", "don't zoom in on the monitors". */
const SHOWING =
  /\bhere(?:'s| is) (?:my|our) (?:new |shiny |first |official )?(?:badge|id badge|work id|staff id|workstation|work screen)\b|\b(?:show(?:ing)? off|check(?:ing)? out) (?:my|our|the|this) (?:[\w'-]+ ){0,2}?(?:badge|id badge|work id|staff id|workstations?|work screens?|monitors|screens|census board|tracking board|track ?board)\b|\b(?:ignore|excuse|don't mind) (?:the|my) (?:[\w-]+ ){0,2}?(?:screens?|monitors?|whiteboard|census board|workstation)(?: behind me| in the back(?:ground)?)?\b|\b(?:don't|dont|do not|no|try not to) (?:zoom(?:ing)? in|look(?:ing)? (?:too )?close(?:ly)?|read(?:ing)?)(?: on| at| in)? (?:the |my |our )?(?:screens?|monitors?|whiteboard|census board|tracking board|workstation|computer|background)\b/gi;
/** Telling others how to post safely: "before you post that badge selfie, cover your badge". */
const WARNS_OTHERS =
  /\b(?:before you post|cover your|crop your|blur your|check your background|#infosec|#cybersecurity)\b/i;
/** The poster already did what this rule asks ("name and barcode blurred"). */
const MADE_SAFE =
  /\b(?:blurred|blurred out|cropped|covered up|pixelated|redacted|no patient (?:data|info|information|names|details)|nothing on (?:the )?screens?)\b|\b(?:never|don't|do not|avoid|stop) (?:post|posting|share|sharing|take|taking|snap|snapping)\b/i;
/** A blur the poster hedges ("blurred... mostly lol", "kinda cropped"): not done, so still a slip. */
const HEDGED_BLUR =
  /\b(?:blurred|cropped|covered|pixelated)(?: (?:it|them|out))?[\s.,…]{0,5}(?:mostly|partly|partially|kinda|sort of|somewhat|ish|i think|hopefully|probably)\b|\b(?:mostly|partly|partially|kinda|sort of|half) (?:blurred|cropped|covered|pixelated)\b/i;
/**
 * A board that lists patients shows rooms, ages and complaints beside the names, so blurring "the names"
 * alone does not make it safe ("pic of our trackboard (i blurred the names)").
 */
const PATIENT_BOARD = /\b(?:track ?board|tracking board|census board|patient board|assignment board|whiteboard)s?\b/i;
const BLURRED_NAMES_ONLY =
  /\b(?:blurred|cropped|covered) (?:out )?(?:the |all the |their |pt |patient )?names\b|\bnames (?:are )?(?:blurred|cropped|covered)\b/i;
const madeSafe = (text: string): boolean =>
  MADE_SAFE.test(text) && !HEDGED_BLUR.test(text) && !(PATIENT_BOARD.test(text) && BLURRED_NAMES_ONLY.test(text));
/** A photo attached to the post: "[photo]", "📸", "pic below". */
const ATTACHED_PHOTO =
  /\[(?:photo|pic|picture|image|img|video|selfie)s?(?:\]|:|\s[-–—])|📸|📷|🖥️|\b(?:pic|photo|picture)s? (?:below|attached|above)\b/iu;
/** The work screen or badge shown in it: "this gorgeous 3-monitor workstation", "our new census board". */
const SHOWN_THING =
  /\b(?:this|my|our|the|\d+)\s(?:[\w'’-]+\s){0,3}?(?:workstation|workstations|monitor setup|monitors|screens?|whiteboard|census board|tracking board|assignment board|badge|id badge|epic screen)\b/gi;

/** A photo of a badge or a work screen. */
export const screenOrBadgePhoto: Rule = {
  id: "security/screen-or-badge-photo",
  category: "security",
  severity: "medium",
  summary: "A photo of an ID badge or a work screen, whiteboard or chart.",
  judge(post: Post): Finding[] {
    if (madeSafe(post.text) || WARNS_OTHERS.test(post.text)) return [];
    const match =
      findAll(PHOTO_OF, post.text)[0] ??
      findAll(SHOWING, post.text)[0] ??
      findAll(THING_PHOTO, post.text)[0] ??
      (ATTACHED_PHOTO.test(post.text) ? findAll(SHOWN_THING, post.text)[0] : undefined);
    if (!match) return [];
    return [
      findingOnMatch(this, match, {
        message:
          "A photo of a badge can be copied to get in, and a work screen or board can show patient details in the background; crop or blur it before posting.",
      }),
    ];
  },
};
