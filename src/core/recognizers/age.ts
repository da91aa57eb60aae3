import { type Candidate, type Recognizer, runPatterns } from "./recognizer";

const OLD = "(?:9\\d|1[01]\\d)";

/**
 * A number said with feeling or closing a clause ("so i did the math... 93!!", "a Christmas baby AND 94
 * 🎄"): an age only next to a birthday or a birth.
 */
const EXCLAIMED = /(?<![\w.$#/:,-])(9\d|1[01]\d)(?=!|\s?\u{1F382}|\s*(?:$|[.,]\s|\p{Extended_Pictographic}))/gu;
/** Readings that are not ages: "room 94", "sats 92", "BP 98". */
const MEASURE_BEFORE =
  /\b(?:room|rm|bed|bay|unit|floor|ward|pod|trauma|no|number|bp|hr|sats?|o2|spo2|temp|glucose|sugar|weight|score|pulse|rate|of|out of|scored|hit|got)\s*#?\s*$/i;
const BIRTHDAY_NEAR = /\b(?:birthday|bday|b-day|born|turns|turned|years young)\b/i;

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
        `(?<![\\w.])${OLD}(?=\\s?(?:y/?o\\b|yo\\b|y\\.o\\.|yr?s?\\b|-?years?[\\s-]old|-?year-old|-?yr-old|years young|years?(?=,| of age\\b)|[MF]\\b|(?:st|nd|rd|th)? birthday|(?:st|nd|rd|th) bday))`,
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
      // An age opening a sentence about someone: "94 and still driving herself in", "91 and sharp as a tack".
      name: "opening a sentence",
      regex: new RegExp(
        `(?:^|[.!?]\\s{1,3})(${OLD}),? and (?:still|sharp|full|never|always|as|going|loves|walking|driving|living|lives|sweet|funny|feisty|fit)\\b`,
        "g",
      ),
      group: 1,
      score: 0.7,
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
    {
      // "He's ninety-four and still splits his own wood", "Ninety-seven and corrected my grammar": an age
      // in words said of someone, or opening a sentence with nothing after it but "and" or a stop.
      name: "in words, said of someone",
      regex:
        /(?:\b(?:he's|she's|hes|shes|he is|she is|is now|who's|who is|turned|turns|turning|aged?)\s|^|[.!?\n]\s*)((?:ninety|a hundred|one hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=\s+(?:and|but|now|this|today|years|yrs)\b|\s*[,.!;]|\s*$)/gi,
      group: 1,
      score: 0.75,
    },
    { name: "in brackets", regex: new RegExp(`\\((${OLD})[!?]{0,3}\\)`, "g"), group: 1, score: 0.6 },
    {
      // "my pt today is 103", "the lady in 4 is 96": a person, maybe a room, then "is" and the age.
      name: "person is",
      regex: new RegExp(
        `\\b(?:pt|patient|lady|guy|man|woman|gentleman|grandma|grandpa|resident|client|(?:mr|mrs|ms)\\.? [\\w'-]+(?: [A-Z][\\w'-]+){0,2})(?: in (?:room |rm |bed |bay )?\\d{1,4}[a-z]?)?(?: (?:today|now|here|tonight|literally|actually|really))? is (${OLD})(?=[\\s,!)]|\\.(?!\\d)|$)(?! (?:minutes|mins|hours|days|weeks|percent|%|mg|patients|people|over|lbs?|kg|bpm|degrees|on))`,
        "gi",
      ),
      group: 1,
      score: 0.7,
    },
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
  find(text: string): Candidate[] {
    const found = runPatterns(this, text);
    for (const match of text.matchAll(EXCLAIMED)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((candidate) => candidate.start < end && candidate.end > start)) continue;
      if (!BIRTHDAY_NEAR.test(text.slice(Math.max(0, start - 80), end + 40))) continue;
      if (MEASURE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      found.push({ start, end, type: "age", recognizer: "age", confidence: 0.6 });
    }
    return found;
  },
};
