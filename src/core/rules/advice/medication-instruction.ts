import { DOSE, MEDICINES } from "../../lexicons/medical";
import { findAll, isQuestion, phraseTester, sentences } from "../../lexicons/text-search";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";
import { DEFERS_TO_CLINICIAN, isAimedAtSomeone } from "./_audience";

/** Changing a regimen is risky wherever it is said; "take"/"use"/"give" only with a dose or to one person. */
const CHANGE_VERBS =
  /\b(?:turn (?:(?:it|her|his|their|your|ur|the) (?:[\w-]+ )?)?(?:up|down)(?: to)?|go up to|go up on|go down to|go up|come down to|bump it up to|increase it to|double|triple|increase|up|raise|bump|cut|halve|lower|decrease|reduce|skip|stop taking|stop|quit|restart|wean (?:yourself |him |her )?off|taper off|come off|go off|get off|ditch|drop|switch|swap|swap to|change to|hold|split)\b/gi;
const USE_VERBS =
  /\b(?:take|try|give|use|apply|alternate|start|pop|double up on|grab|get|pick up|put on|rub on|rub in|have|stick to|ask for|half an?|half of)\b/gi;
const MEDICINE = phraseTester(MEDICINES);
/** "every 6 hours", "twice a day": a schedule makes general words into a regimen. */
const SCHEDULE =
  /\b(?:every \d+(?:-\d+)? hours|(?:once|twice|three times) (?:a|per) day|(?:once |twice )?daily|a day|per day|at bedtime|at night|tonight|bd|bid|tds|tid|od)\b/i;
/**
 * Who the instruction is for: the reader ("you should"), someone close to them, an imperative, or the
 * reader's prescriber pushed to do it ("I'd push your doctor to go up to 100").
 */
const ADDRESSEE =
  /(?:^\s*(?:@[\w.]+[\s,]+)?|(?:^|[\s,;:!-])for (?:that|this|the|your|ur|a|his|her) (?:[\w-]+ ){0,2}?[\w-]+,?\s+|[,;:!-]\s*|\b(?:just|honestly|so|then|and|yeah|yep|yes|ok|okay|def|definitely|you|you'll|you should|you can|you could|you need to|you have to|you must|you might want to|should|can|needs to|need to|could|he should|she should|i'd|i would|i(?:'d| would)? (?:suggest|recommend|advise)(?: you| u| to| that you)?|my advice is to|better to|please|(?:if|when|once) (?:he|she|they|it|you|u|your|ur|the|his|her|their)\b[\w' -]{0,40}|(?:push|get|tell|make|have) (?:your|ur) (?:doctor|doc|gp|psychiatrist|psych|prescriber|provider|pcp|np|pa|ob|midwife|endo|cardiologist) to)\s+(?:(?:safely|just|also|always|still|probably|definitely|easily)\s+)?)$/i;

/**
 * A full regimen, a dose with how often or how long, in English or Spanish ("500mg twice a day for 3
 * days", "500mg dos veces al día por 3 días"): told to one person it is a prescription whatever the verb.
 */
const COURSE =
  /\b(?:every \d+(?:-\d+)? (?:hours|hrs|h)|(?:once|twice|three times|four times|\d x) (?:a|per) day|for \d+ (?:days|weeks)|x ?\d+ (?:days|d)|(?:una|dos|tres|cuatro) (?:vez|veces) al d[ií]a|al d[ií]a|cada \d+ horas|por \d+ (?:d[ií]as|semanas)|bid|tid|qid|tds|bd)\b/i;
/** A cream's or drop's strength ("hydrocortisone 1%"): with a schedule, a dose like any other. */
const STRENGTH = /\b\d+(?:\.\d+)?\s?%(?!\s*(?:of|chance|risk|sure|effective|success|cure|off|discount))/i;
/** The poster's own regimen, told in reply ("I was on cipro 500mg twice a day"): their story, not advice. */
const OWN_REGIMEN = /\b(?:i|i'm|im|i was|i've|ive|me|my|yo|me dieron|tomé)\b/i;

/** "stop taking advice from TikTok about your meds": the object is talk about medicine, not medicine. */
const ABOUT_MEDICINE =
  /^\s*(?:medical |health |bad |random )?(?:advice|tips|info|information|recommendations|opinions)\b/i;

/** A medicine and dose promised to work for the person ("melatonin 10mg plus a benadryl will knock you out"). */
const PROMISE =
  /\b(?:will|should|'ll|gonna) (?:knock you out|help you|help|fix (?:it|that|you)|sort (?:you|it) out|do the trick|work for you|clear (?:it|that) up)\b|\bworks every time\b/i;

function instructionFinding(rule: Rule, start: number, end: number): Finding {
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    message:
      "This tells one person how to take a medicine; advice like this can create a patient-provider relationship and harm someone you have not examined.",
    start,
    end,
    suggestion: "please ask your own doctor or pharmacist about this.",
  };
}

/** A dose or regimen change told to a specific person ("double your insulin", "take 800mg of ibuprofen"). */
export const medicationInstruction: Rule = {
  id: "advice/medication-instruction",
  category: "advice",
  severity: "medium",
  summary: 'A dose or medication instruction to a specific person ("double your insulin", "stop taking X").',
  judge(post: Post): Finding[] {
    const { text } = post;
    const findings: Finding[] = [];
    for (const sentence of sentences(text)) {
      const slice = text.slice(sentence.start, sentence.end);
      if (isQuestion(text, sentence) || DEFERS_TO_CLINICIAN.test(slice)) continue;
      if (DOSE.test(slice) && MEDICINE.test(slice) && PROMISE.test(slice) && isAimedAtSomeone(post, sentence)) {
        findings.push(instructionFinding(this, sentence.start, sentence.start + slice.replace(/[\s.!?]+$/, "").length));
        continue;
      }
      if (
        (DOSE.test(slice) || STRENGTH.test(slice)) &&
        MEDICINE.test(slice) &&
        COURSE.test(slice) &&
        !OWN_REGIMEN.test(slice) &&
        isAimedAtSomeone(post, sentence)
      ) {
        findings.push(instructionFinding(this, sentence.start, sentence.start + slice.replace(/[\s.!?]+$/, "").length));
        continue;
      }
      const verbs = [
        ...findAll(CHANGE_VERBS, slice).map((match) => ({ match, change: true })),
        ...findAll(USE_VERBS, slice).map((match) => ({ match, change: false })),
      ].sort((a, b) => (a.match.index ?? 0) - (b.match.index ?? 0));
      for (const { match, change } of verbs) {
        const at = match.index ?? 0;
        if (!ADDRESSEE.test(slice.slice(0, at))) continue;
        const rest = slice.slice(at, at + 60);
        const object = rest.slice(match[0].length);
        if (!MEDICINE.test(object) && !DOSE.test(object)) continue;
        if (ABOUT_MEDICINE.test(object)) continue;
        const specific = DOSE.test(rest) || SCHEDULE.test(slice) || isAimedAtSomeone(post, sentence);
        if (!change && !specific) continue;
        if (change && !specific && !/\byour\b/i.test(slice)) continue;
        const start = sentence.start + at;
        const end = sentence.start + slice.replace(/[\s.!?]+$/, "").length;
        findings.push(instructionFinding(this, start, end));
        break;
      }
    }
    return findings;
  },
};
