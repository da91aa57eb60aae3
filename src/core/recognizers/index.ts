import type { CheckContext } from "../types";
import { person } from "./person";
import { phone } from "./phone";
import { type Candidate, type Recognizer, runPatterns } from "./recognizer";

/** Every recognizer the engine runs, in no particular order. */
export const RECOGNIZERS: readonly Recognizer[] = [phone, person];

export function findCandidates(text: string, context: CheckContext): Candidate[] {
  const found: Candidate[] = [];
  for (const recognizer of RECOGNIZERS) {
    if (recognizer.find) found.push(...recognizer.find(text, context));
    else found.push(...runPatterns(recognizer, text));
  }
  return found;
}
