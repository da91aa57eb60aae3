import { CONDITIONS, MEDICINES } from "../../lexicons/medical";
import { findAll, isQuestion, phraseRegex, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import { findingOnMatch, type Post, type Rule } from "../rule";

/**
 * Offers to take someone's case in private: "DM me your symptoms", "send me a pic of the rash",
 * "I can call in amoxicillin", "happy to do a quick virtual consult".
 */
const OFFERS: readonly RegExp[] = [
  /\b(?:(?:dm|pm)(?: me)?|(?:message|text|email|e-mail|send|show|inbox) me),? (?:your|ur|a|the|some|those|me your|me ur|me a|me the|over your)? ?(?:symptoms|pics?|photos?|pictures?|labs?|lab results|results|bloodwork|meds|med list|medication list|medications|pharmacy|x-rays?|scans?|mri|rash|mole|wound|lump|history|vitals|blood pressure|sugars?|numbers)\b/gi,
  /\bsend me (?:a |some )?(?:pics?|photos?|pictures?)\b/gi,
  /\bI(?: can|'ll| will| could|'d be happy to| am happy to|'m happy to) (?:send|call|phone|fax|e-prescribe) (?:you |in )?(?:a |an |some )?(?:prescription|script|rx|refill|antibiotics?)\b/gi,
  /\bI(?: can|'ll| will| could) prescribe (?:you|it|that|something)\b/gi,
  /\bI(?: can|'ll| will| could|'d be happy to| am happy to|'m happy to) (?:call|phone|send) (?:something|it|one|that|them|a script|an rx|a prescription|a refill|some \w+) in\b/gi,
  /\bI(?: can|'ll| will| could|'d be happy to| am happy to|'m happy to) (?:call in|phone in|send in|prescribe|write you|write a script|write a prescription|get you (?:a |some )?(?:script|prescription|rx|refill))\b/gi,
  /\b(?:happy to|I can|I could|I'll|let me) (?:do|give you|offer|set up|squeeze in)(?: you)? (?:a |an )?(?:quick |free |brief )?(?:virtual |online |phone |telehealth |video |curbside )?(?:consult|consultation|visit|appointment|assessment)\b/gi,
  /\bI'll (?:tell|let) you (?:know )?(?:if|whether) (?:you|it|that)\b/gi,
  /\bI(?: have|'ve got| got) (?:some |a few )?(?:leftover|left over|spare|extra) [\w-]+(?: [\w-]+)?(?=[^.!?]{0,60}\b(?:I can|I could|I'll|happy to|you can have)\b)/gi,
  /\b(?:happy to|glad to|I can|I could|I'll|I'd|let me) (?:take a look at|have a look at|look over|look at|review|read|check|go over) (?:your|ur|his|her|their) (?:[\w']+ )?(?:ecg|ekg|labs?|bloods|bloodwork|blood work|results|scans?|x-?rays?|mri|ct|echo|photos?|pics?|rash|mole|wound|meds|med list|prescriptions?|report|teeth|tooth)\b/gi,
];

/** Offering to diagnose or prescribe in private messages. */
/** "message me privately ... your chest pain": a private channel plus a health matter in one sentence. */
const PRIVATE_CHANNEL =
  /\b(?:(?:dm|pm|message|inbox|text|email|e-mail|whatsapp) me|(?:drop|pop|shoot|send) me (?:a |an )?(?:quick )?(?:dm|pm|message|line|note|email|text)|slide into my dms|send me (?:a |an )?(?:dm|pm|message|text|email)|(?:chat|talk) (?:privately|in private|offline|in (?:the )?dms))\b/i;
const PRIVATE_CHANNEL_GLOBAL = new RegExp(PRIVATE_CHANNEL.source, "gi");
const HEALTH_MATTER = new RegExp(
  `\\b(?:symptoms?|pain|rash|diagnosis|condition|fever|cough|bleeding|dose|dosing|labs?|bloodwork|results|prescriptions?)\\b|${phraseRegex(MEDICINES).source}|${phraseRegex(CONDITIONS).source}`,
  "i",
);

export const privateConsult: Rule = {
  id: "advice/private-consult",
  category: "advice",
  severity: "medium",
  summary: 'Offering care in private messages ("DM me your symptoms", "I can call in amoxicillin").',
  judge(post: Post): Finding[] {
    const { text } = post;
    for (const sentence of sentences(text)) {
      if (isQuestion(text, sentence)) continue;
      const slice = text.slice(sentence.start, sentence.end);
      const offers =
        PRIVATE_CHANNEL.test(slice) && HEALTH_MATTER.test(slice) ? [...OFFERS, PRIVATE_CHANNEL_GLOBAL] : OFFERS;
      const match = offers
        .flatMap((offer) => findAll(offer, slice).slice(0, 1))
        .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
      if (match) {
        return [
          findingOnMatch(
            this,
            match,
            {
              message:
                "Offering to assess or treat someone in private messages creates a patient-provider relationship without an exam, a chart or a secure channel.",
              suggestion: "please contact your own doctor or our office",
            },
            sentence.start,
          ),
        ];
      }
    }
    return [];
  },
};
