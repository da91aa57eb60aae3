import { findAll } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";

/** A photo of a badge or a work screen: badges get cloned, screens show charts in the background. */
const PHOTO_OF =
  /\b(?:pic|pics|photo|photos|picture|pictures|snap|snapped a pic|snapped a photo|snapped|screenshot|screenshots|screen shot|selfie|selfies|shot)(?: of| with)? (?:my |the |our |this |a )?(?:new |shiny |hospital |work |id |employee |staff |first |official ){0,2}(?:badge|badges|id badge|employee id|work id|screen|epic screen|cerner screen|monitor|computer screen|workstation|whiteboard|census board|tracking board|patient board|assignment board|chart|epic|emr|ehr|mar)\b/gi;

/** A photo of a badge or a work screen. */
export const screenOrBadgePhoto: Rule = {
  id: "security/screen-or-badge-photo",
  category: "security",
  severity: "medium",
  summary: "A photo of an ID badge or a work screen, whiteboard or chart.",
  judge(post: Post): Finding[] {
    const match = findAll(PHOTO_OF, post.text)[0];
    if (!match) return [];
    return [
      findingOnMatch(this, match, {
        message:
          "A photo of a badge can be copied to get in, and a work screen or board can show patient details in the background; crop or blur it before posting.",
      }),
    ];
  },
};
