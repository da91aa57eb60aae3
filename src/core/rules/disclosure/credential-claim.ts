import { findAll } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";

const CLAIM =
  /\b(?:(?:double|triple|dual)[\s-])?board[\s-](?:certified|certification|eligible)\b|\bfellowship[\s-]trained\b|\baward[\s-]winning (?:doctor|surgeon|physician|dentist|dermatologist|nurse)\b|\b(?:top|best) (?:doctor|surgeon|physician|dentist|dermatologist)s? in\b|\b(?:the )?(?:only|leading|#1|number one) (?:surgeon|doctor|expert|specialist|dermatologist)\b/gi;

/** Credential claims are the poster's to verify; a low note, not a warning. */
export const credentialClaim: Rule = {
  id: "disclosure/credential-claim",
  category: "policy",
  severity: "low",
  summary: 'A credential claim ("board certified", "fellowship-trained"): a reminder to check it is accurate.',
  judge(post: Post): Finding[] {
    const match = findAll(CLAIM, post.text)[0];
    if (!match) return [];
    return [
      findingOnMatch(this, match, {
        message: `"${match[0]}" is a credential claim; make sure the board, specialty and status are accurate and current before you post it.`,
      }),
    ];
  },
};
