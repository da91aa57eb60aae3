import { cuesOf } from "../../context/cues";
import { PUBLIC_FIGURE, TEAM_ROLE } from "../../context/public-figures";
import type { Finding } from "../../types";

/** Public duties, not care: a ribbon cutting, a tour, a speech, a donation. */
const NOT_CARE =
  /\b(?:ribbon|tour(?:ed|s|ing)?|speech|spoke|announce[ds]?|press conference|fundraiser|gala|donat\w*|ground-?breaking|visited (?:our|the) \w+ to|to learn about|campaign|emcee\w*|host(?:ed|ing)?|honorary|keynote|ceremony|award\w*)\b/i;

import type { Post, Rule } from "../rule";

/** A public figure named or unmistakably described as seen or treated ("the mayor was in our ER"). */
export const publicFigureTreated: Rule = {
  id: "relationship/public-figure-treated",
  category: "relationship",
  severity: "high",
  summary:
    'Names or unmistakably describes a public figure as seen or treated here ("the quarterback was seen in our clinic").',
  judge(post: Post): Finding[] {
    const sentence = cuesOf(post).sentences.find(
      (candidate) => candidate.publicFigure && candidate.seenOrTreated && !NOT_CARE.test(candidate.text),
    );
    if (!sentence) return [];
    const match = PUBLIC_FIGURE.exec(sentence.text) ?? TEAM_ROLE.exec(sentence.text);
    const start = sentence.start + (match?.index ?? 0);
    return [
      {
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message:
          "This says a recognizable public figure was seen or treated here; even without a name or diagnosis that discloses they are a patient.",
        start,
        end: start + (match?.[0].length ?? sentence.text.length),
      },
    ];
  },
};
