import { cuesOf } from "../../context/cues";
import type { Finding } from "../../types";
import type { Post, Rule } from "../rule";

const TIME =
  /\b(?:tonight|today|this (?:morning|afternoon|evening|weekend)|last night|yesterday|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|thanksgiving|new year'?s|halloween|(?:at )?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\d{1,2}(?::\d\d) ?(?:am|pm)?)\b/i;
const PLACE =
  /\b(?:only in [A-Z][a-z]+|small[- ]town|our (?:little )?town|this town|our county|tiny town|rural|a town of [\d,]+|the bridge|the overpass|the pier|the dam|the quarry|the stadium|the arena|the fairgrounds|the (?:gas station|truck stop|parking lot|rail yard|ski hill|boat ramp)|(?:the|a) [A-Z][\w']+ on (?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)|(?:the )?(?:county|state) fair|rodeo|the lake|the river|the interstate|the highway|the mall|the (?:high|middle) school|local (?:school|plant|factory|mall|park|church|bar|restaurant|store|gym)|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b/;
const EXACT_AGE =
  /\b\d{1,2}[- ]?(?:y\/?o|yo|year[- ]old|yr[- ]old|years old|weeker|month[- ]old|week[- ]old|day[- ]old)\b|\b(?:age|aged) \d{1,2}\b|\(\d{1,2}\)|\b\d{1,2}\s?[MF]\b/i;
const RARE_EVENT =
  /\b(?:rare|rarest|unusual|bizarre|weird(?:est)?|craziest|one in a million|first (?:case|time i've)|never seen|fish ?hook|impaled|chainsaw|bear attack|shark|snake ?bite|rattlesnake|lightning|struck by|harpoon|nail gun|fireworks?|tractor|combine|auger|grain bin|bull|horse kick|alligator|gator|moose|sword|arrow|crossbow|quintuplets|quadruplets|sextuplets|record[- ]breaking|went viral|on the news|famous|escaped|zoo|flipped|rolled (?:his|her|their) (?:truck|car|atv|tractor)|ejected|swallowed|magnets?|foreign body|lodged|jackknifed|farm accident|python|boa|scorpion|spider bite|dog attack|pit bull)\b/i;
const STORY =
  /\b(?:guy|lady|man|woman|kid|gentleman|girl|boy|teen|toddler|baby|infant|mom|dad|grandma|grandpa|farmer|trucker|hunter|fisherman|patient|pt)\b/i;

/** An emergency told as a story: the people in it are patients even without a patient word. */
const EMERGENCY =
  /\b(?:accident|crash|wreck|rollover|jackknifed|mvc|mva|collision|overdose|shooting|stabbing|drowning|house fire|coded|cpr)\b/i;

/**
 * A patient story with details that could re-identify someone to people nearby: a time plus a place,
 * an exact age plus a rare event, a small town. Not an identifier on its own, so medium.
 */
export const quasiIdentifier: Rule = {
  id: "phi/quasi-identifier",
  category: "phi",
  severity: "medium",
  summary:
    "A patient story with re-identifying details: a specific time plus a place, an exact age plus a rare event, a small town.",
  judge(post: Post): Finding[] {
    if (!cuesOf(post).patient && !EMERGENCY.test(post.text) && !(STORY.test(post.text) && cuesOf(post).health))
      return [];
    const time = TIME.test(post.text);
    const place = PLACE.test(post.text) || post.candidates.some((c) => c.type === "location" && !c.organization);
    const age = EXACT_AGE.test(post.text);
    const rare = RARE_EVENT.test(post.text);
    const details = [time && place, age && rare, place && rare, time && rare].filter(Boolean).length;
    if (details === 0) return [];
    const parts = [
      time ? "a time" : "",
      place ? "a place" : "",
      age ? "an exact age" : "",
      rare ? "an unusual event" : "",
    ].filter((part) => part !== "");
    return [
      {
        rule: this.id,
        category: this.category,
        severity: this.severity,
        message: `This patient story combines ${parts.join(", ")}: together they could identify the patient to people nearby. Leave out or blur some of them.`,
      },
    ];
  },
};
