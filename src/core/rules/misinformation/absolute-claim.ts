import { CURE_VERBS, HARD_TARGETS, OUTCOMES, PRODUCT_NOUNS, REMEDIES, STRONG_VERBS } from "../../lexicons/claims";
import { isRefuted } from "../../lexicons/refutation";
import { findAll, phraseAlternatives, phraseRegex, phraseTester, sentenceAt } from "../../lexicons/text-search";
import type { Finding, Span } from "../../types";
import type { Post, Rule } from "../rule";

const ADVERB =
  "(?:(?:permanently|completely|naturally|totally|fully|literally|actually|effectively|safely|instantly|quickly|truly|dramatically|even)\\s+)?";
const DETERMINER = "(?:(?:your|the|all|type 2|most|any|stubborn|chronic)\\s+)?";
const STRONG = new RegExp(
  `(?<![\\w'])${phraseAlternatives(STRONG_VERBS)}\\s+${ADVERB}${DETERMINER}${phraseAlternatives(HARD_TARGETS)}(?![\\w])`,
  "gi",
);
const ANY_VERB = new RegExp(
  `(?<![\\w'])${phraseAlternatives(CURE_VERBS)}\\s+${ADVERB}${DETERMINER}${phraseAlternatives(HARD_TARGETS)}(?![\\w])`,
  "gi",
);
/** "cures nothing", "reverses none of it": the verb denied by its object. */
const STRONG_ALONE = new RegExp(
  `(?<![\\w'])${phraseAlternatives(STRONG_VERBS)}(?![\\w])(?!\\s+(?:nothing|none|no one|nobody|anything|zero)\\b)`,
  "gi",
);
const ANY_CURE_VERB = new RegExp(phraseRegex(CURE_VERBS).source, "i");
const STRONG_ALONE_TEST = new RegExp(STRONG_ALONE.source, "i");
/** A disease "flushed from your system" by a remedy. */
const FLUSH =
  /\b(?:flush|flushes|wash|purge|detox)\w*\b[^.!?\n]{0,40}?\b(?:from|out of) (?:your|the|their) (?:system|body|blood)\b/i;
/** Something on offer: "our drip", "this tea", "my new supplement", or a remedy named outright. */
const PRODUCT = new RegExp(
  `\\b(?:our|this|my|these|the|new)\\s+(?:[\\w-]+\\s+)?${phraseAlternatives(PRODUCT_NOUNS)}(?![\\w])|${phraseRegex(REMEDIES).source}`,
  "i",
);
const REMEDY = new RegExp(phraseRegex(REMEDIES).source, "i");
const COMMERCE =
  /\b(?:book (?:now|today|your)|order (?:now|today)|buy (?:now|today)|shop now|link in bio|swipe up|dm to book|get yours|\d+% off)\b/i;
const OUTCOME = phraseTester(OUTCOMES);

interface Claim {
  pattern: RegExp;
  /** Extra condition on the sentence (and post) the claim is in. */
  when?: (sentence: string, post: string) => boolean;
  why: string;
  suggestion?: string;
  /** The claim itself contains a negation ("doctors don't want you to know"). */
  negationInside?: false;
}

/** Services that are as often real care ("our sepsis protocol", "my treatment plan") as a product. */
const CARE_NOUNS = new Set([
  "program",
  "protocol",
  "plan",
  "system",
  "method",
  "treatment",
  "treatments",
  "session",
  "sessions",
  "package",
  "packages",
  "device",
  "kit",
  "water",
  "adjustment",
  "adjustments",
  "therapy",
  "therapies",
]);
/** "Our NAD+ infusions ...": the post's own product, named in any sentence. */
const OWN_PRODUCT = new RegExp(
  `\\b(?:our|my)\\s+(?:[\\w+-]+\\s+){0,2}${phraseAlternatives(PRODUCT_NOUNS.filter((noun) => !CARE_NOUNS.has(noun)))}(?![\\w])`,
  "i",
);
const sellsSomething = (sentence: string, post: string): boolean =>
  PRODUCT.test(sentence) || COMMERCE.test(post) || OWN_PRODUCT.test(post);
/** Treatments that do prevent or cure what they are said to ("the flu shot prevents the flu"). */
const EVIDENCE_BASED =
  /\b(?:vaccin\w*|flu shots?|immuniz\w*|screenings?|exercise|quitting|smoking|sunscreen|condoms?|statins?|antivirals?|antibiotics|surgery|chemo\w*|radiation)\b/i;
/** A sentence that names its evidence ("in the DiRECT trial", "per NEJM") is reporting, not promising. */
const CITES_EVIDENCE =
  /\b(?:trials?|rcts?|studies|study|meta-analys[ie]s|systematic review|cochrane|published|nejm|jama|lancet|bmj|per the (?:cdc|fda|who)|according to|remission)\b/i;
const sellsUnprovenThing = (sentence: string, post: string): boolean =>
  sellsSomething(sentence, post) && !EVIDENCE_BASED.test(sentence);
/** Certainty stated outright ("it kills the cancer 100%", "works every time"): a promise, not a finding. */
const CERTAINTY =
  /\b100\s?%|\b(?:guaranteed|every single time|every time|never fails|always works|for sure|without fail)\b/i;

const CLAIMS: readonly Claim[] = [
  {
    pattern:
      /\b(?:doctors|your doctor|big pharma|pharma|the fda|the cdc|the nhs|they|the government|the medical establishment)\s+(?:(?:don't|doesn't|do not|does not|won't)\s+want you to know|(?:will never|won't ever|would never|won't|don't|doesn't)\s+tell you (?:this|about this|the truth|that))\b|\bthe cure (?:they|big pharma|doctors) (?:are |is )?hiding\b|\bsecret cure\b|\b(?:big pharma|pharma|the fda|the cdc|the government|the medical establishment|oncology|oncologists|cardiology|cardiologists)\s+(?:buried|buries|hid|hides|is hiding|are hiding|suppressed|suppresses|covered up|covers up|(?:doesn't|does not|don't|do not) want you to (?:see|know|hear)|(?:won't|will not|will never|refuses? to) admit(?: it| this)?)\b/gi,
    why: "frames a health claim as a hidden truth, a hallmark of misinformation",
    negationInside: false,
  },
  {
    pattern: STRONG,
    when: (sentence) => !CITES_EVIDENCE.test(sentence),
    why: "promises a cure or reversal that no evidence supports",
  },
  {
    pattern: ANY_VERB,
    when: (sentence, post) =>
      (sellsUnprovenThing(sentence, post) || (CERTAINTY.test(sentence) && !EVIDENCE_BASED.test(sentence))) &&
      !CITES_EVIDENCE.test(sentence),
    why: "claims a product prevents or treats a serious condition",
  },
  {
    pattern: STRONG_ALONE,
    when: (sentence) => PRODUCT.test(sentence) && !EVIDENCE_BASED.test(sentence),
    why: "promises a product cures or reverses something",
  },
  {
    pattern:
      /\bmiracle(?:\s+[\w-]+)?\s+(?:cures?|pills?|drugs?|supplements?|treatments?|products?|oils?|teas?|diets?|shots?|juices?|remed(?:y|ies)|workers?|powders?|creams?|serums?|drinks?)\b/gi,
    when: (sentence) => !EVIDENCE_BASED.test(sentence),
    why: 'calls a product a "miracle"',
    suggestion: "",
  },
  {
    pattern:
      /\b(?:is|are|was|it's|works like) (?:a |an |my |our )?(?:absolute |total |true |real |literal )?miracle (?:for|against|on|with)\b/gi,
    when: (sentence) => PRODUCT.test(sentence) && !EVIDENCE_BASED.test(sentence),
    why: 'calls a product a "miracle" for a condition',
    suggestion: "",
  },
  {
    pattern:
      /\b(?:nature|mother nature|your body|plants|herbs|food) (?:fixes|heals|cures|can fix|can heal|can cure) (?:everything|it all|all)\b|\bturns? back the clock on (?:aging|ageing|your cells|your body)\b/gi,
    why: "promises a remedy for everything",
  },
  {
    pattern: /\bguarantee[sd]?\b/gi,
    when: (sentence) => OUTCOME.test(sentence),
    why: "guarantees a health result, which no treatment can",
    suggestion: "",
  },
  {
    pattern:
      /\b100\s?%\s?(?:effective|success(?:ful)?(?: rate)?|safe|natural|cure[ds]?|guaranteed|results|effectiveness|of (?:our |my |the )?(?:clients|customers|users|members|people who try|patients|cases|people|women|men|participants|kids|children|babies))\b|\b(?:success rate|cure rate|effective(?:ness)?)(?: of| is)? 100\s?%/gi,
    // "REVERSES macular degeneration in 100% of my clients": a cure verb makes the figure a claim too.
    when: (sentence, post) => sellsSomething(sentence, post) || ANY_CURE_VERB.test(sentence),
    why: 'claims "100%" results',
  },
  {
    pattern: /\b(?:no|zero|without|free of)\s+(?:any\s+)?side[\s-]effects\b/gi,
    when: sellsSomething,
    why: "claims a product has no side effects",
  },
  {
    pattern:
      /\bdetox(?:es|ify|ifies|ifying)?\s+(?:your|the)\s+(?:body|liver|kidneys|blood|system|colon|gut|skin|cells)\b|\bdetox\s+(?:teas?|cleanses?|foot\s?pads?|pads|drinks?|juices?|diets?|kits?|baths?|smoothies?|patch(?:es)?|shots?)\b|\b(?:flush(?:es|ing)?|pulls?|draws?|removes?|sucks?|purges?|clears?) (?:out )?[^.!?]{0,24}?\btoxins\b|\bparasite cleanse\b|\bflush(?:es)? (?:out )?parasites\b|\bcleanse your (?:liver|colon|body|blood|system|gut)\b/gi,
    // Detox in addiction medicine (alcohol or opioid withdrawal) is real care, not a product claim.
    when: (sentence) =>
      !/\b(?:alcohol|opioids?|withdrawal|substance|addiction|drugs?|medically supervised)\b/i.test(sentence),
    why: "promises a detox the body does not need and the product cannot do",
  },
  {
    pattern:
      /\b(?:boost|boosts|boosting|supercharge|supercharges|strengthen|strengthens)\s+(?:your\s+)?(?:immunity|immune system|immune health|immune response)\b/gi,
    when: (sentence) => !/\bvaccin/i.test(sentence),
    why: 'claims to "boost immunity", which is not a supported health claim',
  },
  {
    pattern: /\b(?:clinically|scientifically|medically|doctor) proven\b/gi,
    when: (sentence, post) => OUTCOME.test(sentence) || sellsSomething(sentence, post),
    why: 'says "clinically proven" without the evidence',
  },
  {
    pattern:
      /\b(?:as effective as|(?:just )?as good as|works (?:just )?as well as|(?:just )?as effective as|works better than|better than|more effective than|stronger than|replaces?|instead of|alternative to)\s+(?:your |the |a |any )?(?:chemo(?:therapy)?|antibiotics?|insulin|antidepressants?|statins?|vaccines?|medications?|meds|prescriptions?|prescription drugs|surgery|metformin|blood pressure meds|ssris?|pharmaceuticals|ibuprofen|paracetamol|acetaminophen|tylenol|painkillers|pain meds|steroids?|inhalers?|the flu (?:jab|shot)|flu (?:jabs?|shots?))\b/gi,
    when: (sentence) =>
      PRODUCT.test(sentence) &&
      !EVIDENCE_BASED.test(sentence.replace(/\b(?:chemo\w*|antibiotics?|statins?|vaccines?|surgery)\b/gi, "")),
    why: "puts an unproven remedy on par with real treatment",
  },
  {
    pattern:
      /\b(?:beat|beats|cure|cures|cured|fix|fixes|fixed|end|ends|heal|heals|healed|banish|banishes|get rid of|gets rid of|got rid of|eliminate|eliminates|reverse|reverses|reversed)\s+(?:your\s+|my\s+|their\s+|my patients'\s+|my clients'\s+)?[\w'-]+(?:\s[\w'-]+)?\s+(?:forever|for good|permanently|once and for all)\b/gi,
    when: (sentence, post) =>
      sellsSomething(sentence, post) ||
      /\b(?:blend|supplements?|gummies|oils?|teas?|remed(?:y|ies)|herbs?|herbal)\b/i.test(sentence),
    why: "promises a permanent cure",
  },
  {
    pattern:
      /(?<!\b(?:hope|hoping|wish|wishing|pray|praying|may|here's to|cheers to) )\b(?:you(?:'ll| will)?|guarantee[sd]? (?:that )?(?:you(?:'ll| will)?)?|(?:and|so) you(?:'ll| will)?) never (?:get|catch|have|suffer (?:from|with)|deal with|feel|see) (?:[\w'-]+ ){0,4}?(?:cold|colds|flu|sick|ill|covid|infection|infections|cancer|migraines?|headaches?|acne|uti|utis|hangovers?|allerg(?:y|ies)|cramps|cavit(?:y|ies)|flare-?ups?|breakouts?|back pain|joint pain|pain) again\b/gi,
    why: "promises someone will never fall ill again",
    negationInside: false,
  },
  {
    pattern:
      /\bnature'?s (?:antibiotic|antibiotics|ozempic|xanax|prozac|valium|viagra|chemo|botox|tylenol|ibuprofen|painkiller|antidepressant|insulin|metformin)\b/gi,
    why: "sells a food or herb as a stand-in for a medicine",
  },
  {
    pattern:
      /\b(?:totally|completely|100\s?%|perfectly|entirely) (?:safe|harmless) for (?:everyone|everybody|anyone|all ages|all)\b|\bno risks? (?:at all|whatsoever)\b/gi,
    when: (sentence, post) =>
      sellsSomething(sentence, post) ||
      /\b(?:homeopath\w*|herbal|natural|supplements?|oils?|remed(?:y|ies))\b/i.test(sentence),
    why: "promises a remedy is safe for everyone, which nothing is",
  },
  {
    pattern: /\bproven to (?:cure|reverse|melt|burn|boost|detox|heal|eliminate|prevent)\b/gi,
    why: "says a product is proven to cure or prevent something",
  },
  {
    pattern:
      /\blose\s+\d+\s*(?:lbs?|pounds|kg|kilos)\b[^.!?]{0,24}?\bin\s+\d+\s*(?:days?|weeks?)\b|\b\d+\s*(?:lbs?|pounds?|kg)\s+(?:weight\s+loss\s+)?in\s+\d+\s*(?:days?|weeks?)\b/gi,
    why: "promises fast weight loss",
  },
  {
    pattern:
      /\b(?:throw away|ditch|toss|get off|ditch all|stop|dump|bin) (?:all )?(?:your|the|those|ur) (?:meds|medications?|metformin|insulin|pills|inhalers?|antidepressants?|ssris?|prescriptions?|statins?|blood pressure meds|bp meds)\b|\bno (?:more )?(?:meds|medications?|drugs|insulin|pills|fillings|surgery|glasses|braces|root canals?|chemo|inhalers?|antibiotics) (?:needed|required|necessary)\b/gi,
    why: "tells people to drop their prescribed treatment",
    negationInside: false,
  },
  {
    // "my patients who do this never need the chemo": a remedy said to make real treatment unnecessary.
    pattern:
      /\b(?:never|no longer|don't|do not|won't|will not|didn't) (?:need|needs|needed|have to take|had to take) (?:their |the |any |his |her |your |my |more )?(?:[\w-]+ )?(?:meds|medications?|medicines?|chemo(?:therapy)?|insulin|inhalers?|pills|antibiotics|statins|antidepressants|painkillers|blood pressure meds)\b/gi,
    when: (sentence, post) => (REMEDY.test(post) || COMMERCE.test(post)) && !CITES_EVIDENCE.test(sentence),
    why: "tells people a remedy replaces real treatment",
    negationInside: false,
  },
  {
    // "no need for all these drugs", "no need for antibiotics": next to a remedy claim, the same message.
    pattern:
      /\bno need for (?:all )?(?:these |those |the |any |your )?(?:drugs|meds|medications?|medicines?|antibiotics|chemo|pills|hospital|doctors?|vaccines?|jabs?)\b/gi,
    when: (_sentence, post) => FLUSH.test(post) || STRONG_ALONE_TEST.test(post),
    why: "tells people a remedy replaces real treatment",
    negationInside: false,
  },
  {
    pattern: new RegExp(
      `\\b(?:will|can|to|it'll|that'll) (?:flush|wash|purge|clear|detox|drive) (?:out )?(?:the |your |all )?${phraseAlternatives(HARD_TARGETS)} (?:out )?(?:of|from) (?:your|the|their) (?:system|body|blood)\\b`,
      "gi",
    ),
    why: "promises a remedy flushes out a serious disease",
  },
];

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Absolute or unsupported health claims ("cures", "100%", "guaranteed", "miracle", "detox"). */
export const absoluteClaim: Rule = {
  id: "misinformation/absolute-claim",
  category: "misinformation",
  severity: "medium",
  summary:
    'Absolute or unsupported health claims ("cures", "100%", "guaranteed", "miracle", "detox", "boosts immunity").',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    for (const claim of CLAIMS) {
      for (const match of findAll(claim.pattern, text)) {
        const span = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
        if (findings.some((other) => overlaps({ start: other.start ?? 0, end: other.end ?? 0 }, span))) continue;
        const sentence = sentenceAt(text, span.start);
        if (claim.when && !claim.when(text.slice(sentence.start, sentence.end), text)) continue;
        if (isRefuted(text, span, { negationInside: claim.negationInside ?? true })) continue;
        findings.push({
          rule: this.id,
          category: this.category,
          severity: this.severity,
          message: `"${match[0]}" ${claim.why}; health claims from clinicians must match the evidence.`,
          ...span,
          ...(claim.suggestion !== undefined ? { suggestion: claim.suggestion } : {}),
        });
      }
    }
    return findings;
  },
};
