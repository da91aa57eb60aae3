import nlp from "compromise";
import type { Candidate, Recognizer } from "./recognizer";

/** People's names as compromise tags them. */
export const person: Recognizer = {
  name: "person",
  type: "person",
  find(text: string): Candidate[] {
    const found: Candidate[] = [];
    const people = nlp(text).people().json({ offset: true }) as Array<{
      offset: { start: number; length: number };
    }>;
    for (const { offset } of people) {
      found.push({
        start: offset.start,
        end: offset.start + offset.length,
        type: "person",
        recognizer: "person",
        confidence: 0.6,
      });
    }
    return found;
  },
};
