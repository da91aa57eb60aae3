import type { Recognizer } from "./recognizer";

/** Email addresses; the domain is checked in code so the pattern needs no nested quantifier. */
export const email: Recognizer = {
  name: "email",
  type: "email",
  patterns: [
    {
      name: "address",
      regex: /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9.-]{0,252}[A-Za-z0-9]/g,
      score: 0.9,
    },
    {
      name: "spelled out",
      regex:
        /(?<![\w.%+-])[\w.%+-]{1,64} ?(?:\(at\)|\[at\]| at ) ?[A-Za-z0-9-]{1,63} ?(?:\(dot\)|\[dot\]| dot ) ?[A-Za-z]{2,6}\b/gi,
      score: 0.6,
    },
  ],
  validate: (value) => {
    if (/\bat\b|\(at\)|\[at\]/i.test(value) && !value.includes("@")) return /\bdot\b/i.test(value);
    const domain = value.slice(value.indexOf("@") + 1).replace(/\.+$/, "");
    const labels = domain.split(".");
    const tld = labels[labels.length - 1] ?? "";
    return (
      labels.length >= 2 &&
      labels.every((label) => label.length > 0) &&
      /^(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9]{2,20})$/.test(tld)
    );
  },
};
