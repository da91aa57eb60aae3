import {
  AFFILIATE,
  BARE_CODE,
  CODE_FOR_DISCOUNT,
  COMMERCE,
  DISCLOSURE,
  DISCOUNT_CODE,
  DISCOUNT_LINK,
  ENDORSEMENT,
  PARTNER_PRODUCT,
  PARTNERSHIP,
  PERCENT_OFF_CODE,
  PROFILE_LINK,
} from "../../lexicons/promotion";
import { findAll } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";

/** Promoting a product with a discount code, affiliate link or partnership and no #ad or "I am paid". */
export const undisclosedPromotion: Rule = {
  id: "disclosure/undisclosed-promotion",
  category: "policy",
  severity: "medium",
  summary:
    'A discount code, affiliate link, partnership or endorsed partner product with no disclosure (#ad, "I am paid by").',
  judge(post: Post): Finding[] {
    const { text } = post;
    if (DISCLOSURE.test(text)) return [];
    const sells = COMMERCE.test(text) || (ENDORSEMENT.test(text) && PARTNER_PRODUCT.test(text));
    const partnership = sells ? findAll(PARTNERSHIP, text)[0] : undefined;
    // Cheap gates first: a code needs the word "code", an affiliate link "=", "amzn" or "my link".
    const lower = post.lower;
    const mayHaveCode = lower.includes("code");
    const mayHaveLink = text.includes("=") || lower.includes("amzn") || lower.includes("my link");
    const match =
      (mayHaveCode ? (findAll(DISCOUNT_CODE, text)[0] ?? findAll(BARE_CODE, text)[0]) : undefined) ??
      (lower.includes(" off ") ? findAll(PERCENT_OFF_CODE, text)[0] : undefined) ??
      (/[%$]/.test(text) ? findAll(CODE_FOR_DISCOUNT, text)[0] : undefined) ??
      (mayHaveLink ? findAll(AFFILIATE, text)[0] : undefined) ??
      (lower.includes("link in") ? findAll(DISCOUNT_LINK, text)[0] : undefined) ??
      // "the only supplement I trust for my family. Link in my profile.": an endorsement with a buy link.
      (ENDORSEMENT.test(text) ? findAll(PROFILE_LINK, text)[0] : undefined) ??
      partnership;
    if (!match) return [];
    return [
      findingOnMatch(this, match, {
        message:
          'This promotes a product with a code, affiliate link or partnership but never says you benefit; add #ad or "I am paid by ...", as the FTC and the AMA expect.',
        suggestion: `${match[0]} #ad`,
      }),
    ];
  },
};
