import { relationshipPhrases } from "../../context/relationship";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

/**
 * A reply or post that confirms the person addressed or tagged is a patient ("your chart", "see you at
 * your next cleaning", "@tony came in for a checkup"). HHS OCR has fined practices for review replies
 * like these even without a diagnosis.
 */
export const confirmsPatient: Rule = {
  id: "relationship/confirms-patient",
  category: "relationship",
  severity: "high",
  summary: 'Confirms that the person replied to, addressed or tagged is a patient ("your visit", "our records show").',
  judge(post: Post): Finding[] {
    return relationshipPhrases(post)
      .slice(0, 1)
      .map((span) => ({
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message:
          'This confirms the person is a patient here, which is itself protected health information; reply without mentioning their care ("please call our office").',
        ...span,
      }));
  },
};
