import { before, type Candidate, type Recognizer, runPatterns, spelledNumbersAfter } from "./recognizer";

const STATE_ABBREVIATIONS =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";

const ZIP_WORD = /\b(?:zip|zipcode|zip code|postal code)\b/;
const BARE_ZIP = /\b(?:in|from|near|around|outside(?: of)?|out of|to)\s(\d{5})(?![\w%-]|[.,]\d)/gi;
/** Counts and measures: "in 10000 steps", "from 12000 feet". */
const NOT_A_ZIP_AFTER =
  /^\s?(?:steps|people|ppl|patients|pts|visits|feet|ft|miles|mi|dollars|calories|units|mg|mcg|ml|views|followers|likes|cases|deaths|babies|births|hours|hrs|days|years|lives|kids|children|members|nurses|staff|employees|words|pages|beds|rooms|calls|runs|transports)\b/i;
/**
 * Words about where someone lives, where a call went, or where cases came from; travel ("drives in from
 * 87313", "3 hours each way") and care for one person ("a pt from 86045", "taking new pts near 33125").
 */
const PLACE_WORDS =
  /\b(?:drives?|drove|driving|commutes?|travel(?:s|led|ed)?|each way|hours away|miles away|pt|pts|patient|patients|psychiatrist|doctor|gp|clinic|specialist|provider|admits|admissions|admitted|cases|cluster|outbreak|outreach|of them|calls?|runs?|lives?|living|moved|moving|move|pharmacy|address|area|neighbou?rhood|neighbou?rs|town|city|county|zip|house|home|apartment|apt|building|complex|block|street|daycare|day care|school|community|shelter|dispatch(?:ed)?|sent|transported|transport|picked up|same)\b/;

/** ZIP codes: after a "zip" label, after a state ("MA 02139", "Ohio 44101"), or ZIP+4. */
export const zip: Recognizer = {
  name: "zip",
  type: "zip",
  patterns: [
    {
      name: "labelled",
      regex: /\b(?:zip|zipcode|zip code|postal code)[\s:#]{0,3}(?:is\s|of\s)?(\d{5}(?:-\d{4})?)\b/gi,
      group: 1,
      score: 0.9,
    },
    {
      name: "after state",
      regex: new RegExp(`\\b(?:${STATE_ABBREVIATIONS}),? (\\d{5}(?:-\\d{4})?)\\b`, "g"),
      group: 1,
      score: 0.8,
    },
    {
      name: "after state name",
      regex:
        /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming),? (\d{5}(?:-\d{4})?)\b/g,
      group: 1,
      score: 0.8,
    },
    {
      // "need the zip for the referral, pt is Huong Tran, it's 95112 right?": the label, a few words, the ZIP.
      name: "label a few words before",
      regex: /\b(?:zip|zipcode|zip code|postal code)(?!\w)[^\d\n]{0,60}?(\d{5}(?:-\d{4})?)(?![\w%-]|[.,]\d)/gi,
      group: 1,
      score: 0.75,
    },
    { name: "zip plus four", regex: /(?<![\w-])\d{5}-\d{4}(?![\w-])/g, score: 0.6 },
    {
      // A full UK postcode points at a handful of houses: "LL57 2PW", "LS11 6DG", "SW1A 1AA".
      name: "uk postcode",
      regex: /(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w-])/g,
      score: 0.8,
      label: "postcode",
    },
    {
      // A Canadian postal code points at a street or a rural route: "T0K 2M0", "H2X 1Y4". No D, F, I, O,
      // Q or U, and no W or Z first (Canada Post's rules), which keeps "A1C" lab values and the like out.
      name: "canadian postal code",
      regex: /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/g,
      score: 0.8,
      label: "postcode",
    },
    {
      // Four-digit postcodes (Australia, NZ, much of Europe) only after their label: "her postcode is 4870".
      name: "labelled postcode",
      regex: /\b(?:postcode|post code|postal code|zip)(?:'s| is| was|:|\s){1,3}(\d{4})(?![\w-]|[.,]\d)/gi,
      group: 1,
      score: 0.8,
      label: "postcode",
    },
  ],
  find(text: string) {
    const found: Candidate[] = runPatterns(this, text);
    // "zip's nine-four-six-oh-nine": a ZIP read out in words.
    for (const span of spelledNumbersAfter(text, ZIP_WORD, (digits) => /^\d{5}(?:\d{4})?$/.test(digits), 20)) {
      found.push({ ...span, type: "zip", recognizer: "zip", confidence: 0.7, label: "ZIP code in words" });
    }
    // A bare five-digit number where people say where someone lives or went: "a call in 30719", "a
    // pharmacy in 02139". Only next to words about a place, and never before a unit ("in 10000 steps").
    for (const match of text.matchAll(BARE_ZIP)) {
      const value = match[1] as string;
      const start = (match.index ?? 0) + match[0].length - value.length;
      const end = start + value.length;
      if (NOT_A_ZIP_AFTER.test(text.slice(end, end + 14))) continue;
      const around = `${before(text, start, 50)} ${text.slice(end, end + 50).toLowerCase()}`;
      if (!PLACE_WORDS.test(around)) continue;
      found.push({ start, end, type: "zip", recognizer: "zip", confidence: 0.5 });
    }
    return dedupe(found);
  },
};

function dedupe<T extends { start: number; end: number }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
