import { labelled, partialAfterLabel, type Recognizer } from "./recognizer";

/** Device identifiers and serial numbers: "pacemaker serial PM2211-0938", "S/N 88A1", IMEI, MAC addresses. */
export const device: Recognizer = {
  name: "device",
  type: "device",
  patterns: [
    {
      name: "labelled",
      regex: labelled(
        [
          "serial",
          "serial number",
          "s/n",
          "sn",
          "device id",
          "device",
          "udi",
          "imei",
          "lot",
          "model and serial",
          "pump serial",
          "pacemaker",
          "implant id",
          "asset tag",
          "bracelet id",
          "bracelet",
          "med alert",
          "medical alert",
          "medic alert",
          "transmitter",
          "transmitter id",
          "sensor id",
          "receiver id",
          "pump id",
          "cgm id",
          "implant serial",
        ],
        // "PM2211-0938", or in groups as printed on the implant card: "PJN 773012 H"
        "(?!(?:in|on|at|of|for|since|from|by|to|is|was|no|nr|id)\\s)[A-Z]{1,4} (?!(?:19|20)\\d\\d\\b)\\d{4,10}(?: [A-Z]{1,3}\\b)?|[A-Z0-9][A-Z0-9-]{3,24}",
      ),
      group: 1,
      score: 0.8,
    },
    {
      // "a serial sticker ending e77-0041-q": the tail of a serial still names one device.
      name: "partial",
      regex: partialAfterLabel(
        ["serial", "serial number", "s/n", "sn", "device id", "udi", "imei"],
        "[A-Z0-9][A-Z0-9-]{2,15}",
      ),
      group: 1,
      score: 0.7,
      label: "partial serial number",
    },
    {
      // "the serial for Mr. Haddad's pacer interrogation — it's PJN204719H", "pump serial for mrs haddad,
      // it's 87G-33021-A": the label, a few words, then "it's" and the serial.
      name: "serial a few words before",
      regex:
        /\b(?:serial|s\/n|serial number)(?!\w)[^\d\n]{0,40}?(?:\bit'?s|\bit is|\bis|#|:)\s{0,2}((?=[A-Z-]{0,8}\d)[A-Z0-9][A-Z0-9-]{3,24})(?![\w-])/gi,
      group: 1,
      score: 0.7,
    },
    {
      name: "mac address",
      regex: /(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])/g,
      score: 0.7,
      label: "MAC address",
    },
    {
      name: "mac dotted",
      regex: /(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])/g,
      score: 0.6,
      label: "MAC address",
    },
  ],
  validate: (value) => {
    // A MAC address may be all letters; all zeros and all F (broadcast) are not a device.
    if (/^[0-9A-Fa-f]{2}[:-]|^[0-9A-Fa-f]{4}\./.test(value))
      return /[1-9A-Fa-f]/.test(value) && /[0-9A-Ea-e]/.test(value);
    return /\d/.test(value) && !/^(19|20)\d\d$/.test(value);
  },
};
