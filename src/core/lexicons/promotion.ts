/**
 * What paid promotion and its disclosure look like (FTC endorsement guides; AMA Code of Medical
 * Ethics 2.3.2 asks physicians to disclose financial interests when they post). Data only.
 */

/** A disclosure anywhere in the post clears it ("not sponsored" is not one). */
export const DISCLOSURE =
  /(?:#ad\b|#ads\b|#advert\w*|#sponsored|#paid\w*|#partner\w*|#affiliate\w*|#gifted|#collab\b|(?<!\b(?:not|never|isn't|wasn't|non|un)[ -]?)\bsponsored\b|\bpaid (?:partnership|promotion|post|ad|endorsement)\b|\b(?:i am|i'm|i was|i get|i got|i'm being|we are|we're|we get) (?:paid|compensated|sponsored)\b|\bpaid by\b|\bpaid for (?:it|this)\b|\bcompensat\w*|\bcommissions?\b|\baffiliate links?\b|\bdisclosure\b|\bad:|\[ad\]|\(ad\)|\bgifted\b|\bi consult for\b|\bbrand ambassador\b|\bfinancial (?:relationship|interest|tie)s?\b)/i;

/** A discount code: "use code NURSEJEN", "promo code DERMDOC", "Code RN10". */
export const DISCOUNT_CODE =
  /\b(?:use|using|with|promo|discount|coupon|enter|apply|my) (?:my )?code:? [A-Za-z0-9_-]{3,20}(?![\w-])/gi;
/** A code given by its discount: "20% off with NURSEKAY20", "$10 off using RN10". */
export const PERCENT_OFF_CODE = /(?:\b\d{1,2}\s?%|\$\d{1,3}) off (?:with|using|w\/) [A-Z][A-Z0-9_]{3,19}\b/g;
/** A code before its discount: "use NURSEAMY for 10% off", "with RNLEGS to get $10 off". */
export const CODE_FOR_DISCOUNT =
  /\b(?:[Uu]se|[Ee]nter|[Aa]pply|[Ww]ith|[Uu]sing)\s[A-Z][A-Z0-9_]{3,19}\s(?:for|to get|and get|gets you|saves you)\s(?:\d{1,2}\s?%|\$\d{1,3})/g;
export const BARE_CODE =
  /\b[Cc]ode:? (?=[A-Z0-9]{0,19}\d)(?=[A-Z0-9]{0,19}[A-Z])[A-Z0-9]{3,20}\b|\b[Cc]ode:? [A-Z][A-Z0-9]{3,19}\b(?= (?:saves|gets|for \d|at checkout|takes|=))/g;

/**
 * An affiliate or referral link, or words that say the link pays the poster. A link is tried from the
 * start of its word only (`(?<!\S)`): otherwise every position inside a long word starts a scan to the
 * word's end, quadratic time (found by tests/core/fuzz.test.ts).
 */
export const AFFILIATE =
  /(?<!\S)\S*[?&](?:ref|aff|affiliate|affid|tag|via|rfsn|irclickid|sca_ref|discount|coupon)=\S*|\bamzn\.to\/\S+|\b(?:shop|buy|order) (?:with|through|using) my link\b|\buse my link\b|\bmy link (?:below|in bio)\b|\bthrough my link\b/gi;

/** A commercial partnership. */
export const PARTNERSHIP =
  /\b(?:partnered with|partnership with|partnering with|partner with|partnered up with|teamed up with|team up with|collab(?:oration|orating|orated)? with|working with|in partnership with|ambassador for|thanks to @?\w+ for sending)\b/gi;

/** Something for sale in the same post as a partnership. */
export const COMMERCE =
  /\b(?:codes?|\d+\s?% off|\$\d+ off|link in (?:my )?(?:bio|profile)|shop|buy|get yours|order|use my link|swipe up|checkout|discount|deal|free trial|available (?:at|now)|sale)\b/i;

/**
 * A partner's product recommended as the poster's own choice ("their new serum is the only one I
 * recommend"): an endorsement, which needs the same disclosure as a discount code.
 */
export const ENDORSEMENT =
  /\b(?:recommend|recommending|swear by|my go-to|can't live without|obsessed with|i tell (?:everyone|everybody|all my (?:patients|clients|friends|followers))|(?:is|are) the best (?:[\w-]+ ){0,2}?(?:for|on the market|out there|money can buy|i've (?:ever )?(?:tried|used|found))|the only [\w-]+s? i (?:now )?(?:recommend|use|trust|wear)|best (?:[\w-]+ ){0,2}on the market)\b/i;
/** The partner's own product ("their SPF 50", "its new retinol serum"), not a public-health good. */
export const PARTNER_PRODUCT =
  /\b(?:their|its)\s(?:new\s)?(?:[\w-]+\s){0,2}?(?:serums?|creams?|lotions?|moisturi[sz]ers?|cleansers?|retinol|spf|sunscreens?|supplements?|vitamins?|gummies|powders?|collagen|protein|bars|strips|scrubs|shoes|clogs|socks|skincare|skin care|products?|line|teas?|stethoscopes?)\b/i;
/** A discount that comes with a link in the bio: "link in bio for 15% off". */
export const DISCOUNT_LINK =
  /\blink in (?:my )?(?:bio|profile)\b[^.!?\n]{0,30}?(?:(?:\d{1,2}\s?%|\$\d{1,3}) off\b|\b(?:my|a|the) (?:discount|code|deal)\b)|(?:(?:\d{1,2}\s?%|\$\d{1,3}) off|\bmy (?:discount|code|deal))\b[^.!?\n]{0,30}?\blink in (?:my )?(?:bio|profile)\b/gi;

/** Where the buy link lives: an endorsement plus "link in my profile" sells without a code. */
export const PROFILE_LINK =
  /\blinks? in (?:my |the )?(?:bio|profile|featured(?: section| links?| stor(?:y|ies))?|highlights?|stor(?:y|ies)|linktree|first comment|comments|description)\b|\blinks? (?:below|👇)|\bshop my\b/giu;
