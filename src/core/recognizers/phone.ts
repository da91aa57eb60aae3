import type { Recognizer } from "./recognizer";

/** North American phone and fax numbers: (312) 555-0188, 312-555-0188, 312.555.0188, +1 312 555 0188. */
export const phone: Recognizer = {
  name: "phone",
  type: "phone",
  patterns: [
    {
      name: "nanp",
      regex: /(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])/g,
      score: 0.7,
    },
  ],
  context: ["phone", "call", "cell", "number", "tel", "fax", "text"],
};
