import { type Recognizer, runPatterns } from "./recognizer";

const STATE_ABBREVIATIONS =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";

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
    { name: "zip plus four", regex: /(?<![\w-])\d{5}-\d{4}(?![\w-])/g, score: 0.6 },
  ],
  find(text: string) {
    return dedupe(runPatterns(this, text));
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
