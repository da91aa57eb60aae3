import type { Recognizer } from "./recognizer";

const OLD = "(?:9\\d|1[01]\\d)";

/**
 * Ages over 89, which Safe Harbor treats as identifiers: "92 y/o", "a 91-year-old", "99th birthday",
 * "Mr. Fisk, 92,", "aged 95", "turned 100". Younger ages are not identifiers on their own.
 */
export const age: Recognizer = {
  name: "age",
  type: "age",
  patterns: [
    {
      name: "years old",
      regex: new RegExp(
        `(?<![\\w.])${OLD}(?=\\s?(?:y/?o\\b|yo\\b|y\\.o\\.|yr?s?\\b|-?years?[\\s-]old|-?year-old|-?yr-old|years young|[MF]\\b|(?:st|nd|rd|th)? birthday|(?:st|nd|rd|th) bday))`,
        "gi",
      ),
      score: 0.9,
    },
    {
      name: "ordinal birthday",
      regex: new RegExp(`(?<![\\w.])${OLD}(?:st|nd|rd|th)(?= (?:birthday|bday|b-day))`, "gi"),
      score: 0.9,
    },
    {
      name: "aged",
      regex: new RegExp(`\\b(?:aged?|turn(?:ed|s|ing)?|at the age of|age:)\\s?(${OLD})(?![\\w.%]|\\.\\d)`, "gi"),
      group: 1,
      score: 0.8,
    },
    {
      name: "after a name",
      regex: new RegExp(`(?<=[A-Za-z]), (${OLD})(?=[,)]|\\s(?:who|with|and|is|was|from|came|had|has)\\b)`, "g"),
      group: 1,
      score: 0.7,
    },
    {
      name: "is old",
      regex: new RegExp(
        `\\b(?:who is|who's|who was|is now|she is|he is|she's|he's|now|, is) (${OLD})(?=[\\s,.!)]|$)(?! (?:minutes|mins|hours|days|weeks|percent|%|mg|patients|people))`,
        "gi",
      ),
      group: 1,
      score: 0.7,
    },
    {
      // "ninety-four year old", "a hundred and two years old", "ninety first birthday": ages typed out.
      name: "in words",
      regex:
        /\b(?:ninety|(?:one|a) hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))?(?=[- ](?:years?[- ]old|yrs?[- ]old|y\/?o\b|birthday|bday)|th birthday)/gi,
      score: 0.8,
    },
    { name: "in brackets", regex: new RegExp(`\\((${OLD})\\)`, "g"), group: 1, score: 0.6 },
    {
      name: "died at",
      regex: new RegExp(
        `\\b(?:died|passed(?: away)?|peacefully|at home)\\s[^.!?]{0,40}?\\b(?:at|aged) (${OLD})\\b`,
        "gi",
      ),
      group: 1,
      score: 0.7,
    },
  ],
};
