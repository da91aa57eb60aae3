// The peer we measure ourselves against: redact-pii (npm), its SyncRedactor only (no Google DLP, which
// would send text to Google). Its speed on our texts, and its entity recall and ours on its own cases.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import redactPii from "redact-pii";

export const PEER_CASES = resolve("../shared/external/redact-pii-cases.jsonl");

/**
 * redact-pii's labels, mapped to the Safe Harbor identifier kinds that mean the same thing. A card
 * number is an account number under 45 CFR 164.514(b)(2)(i)(J); DIGITS is redact-pii's "any run of 4+
 * digits", which for us is whichever numeric identifier it turns out to be. Logins and passwords are
 * secrets, not identifiers of a person: out of scope for both libraries' recall.
 */
export const PEER_TYPE_MAP = {
  PERSON_NAME: ["person"],
  PHONE_NUMBER: ["phone"],
  EMAIL_ADDRESS: ["email"],
  URL: ["url"],
  IP_ADDRESS: ["ip"],
  US_SOCIAL_SECURITY_NUMBER: ["ssn"],
  STREET_ADDRESS: ["address"],
  ZIPCODE: ["zip"],
  CREDIT_CARD_NUMBER: ["account", "code"],
  DIGITS: ["ssn", "mrn", "health-plan", "account", "license", "device", "vehicle", "code"],
  USERNAME: [],
  PASSWORD: [],
  CREDENTIALS: [],
};

const PLACEHOLDER = new RegExp(`\\b(${Object.keys(PEER_TYPE_MAP).join("|")})\\b`, "g");

export function createPeer() {
  const redactor = new redactPii.SyncRedactor();
  return { redact: (text) => redactor.redact(text), spans: (text) => redactedSpans(text, redactor.redact(text)) };
}

/**
 * redact-pii returns text, not spans. Its output is the input with some stretches replaced by a label,
 * so the stretches are recovered by matching the kept pieces, in order, against the input. Only used on
 * the short recall cases: the lazy gaps backtrack, which is fine on a sentence.
 */
export function redactedSpans(original, redacted) {
  const labels = [];
  const kept = redacted.split(PLACEHOLDER).filter((piece, index) => {
    if (index % 2 === 1) labels.push(piece);
    return index % 2 === 0;
  });
  if (labels.length === 0) return [];
  const literally = (piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const aligned = new RegExp(`^${kept.map(literally).join("([\\s\\S]+?)")}$`, "d").exec(original);
  if (!aligned?.indices) return labels.map((type) => ({ type, start: -1, end: -1 }));
  return labels.map((type, index) => {
    const [start, end] = aligned.indices[index + 1] ?? [-1, -1];
    return { type, start, end };
  });
}

export function readPeerCases(path = PEER_CASES) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
    .map(({ text, spans }) => ({ text, spans: spans.map(([start, end, type]) => ({ start, end, type })) }));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Entity recall on the peer's cases: an expected span counts as found when a detected entity of a
 * matching kind overlaps it. `detect(text)` returns `[{start, end, types: string[]}]` in our kinds.
 */
export function scoreRecall(cases, detect) {
  const byType = {};
  let hit = 0;
  let total = 0;
  let outOfScope = 0;
  for (const { text, spans } of cases) {
    const detected = detect(text);
    for (const expected of spans) {
      const kinds = PEER_TYPE_MAP[expected.type] ?? [];
      if (kinds.length === 0) {
        outOfScope++;
        continue;
      }
      const found = detected.some(
        (entity) => overlaps(entity, expected) && entity.types.some((type) => kinds.includes(type)),
      );
      total++;
      if (found) hit++;
      byType[expected.type] ??= { hit: 0, total: 0 };
      byType[expected.type].total++;
      if (found) byType[expected.type].hit++;
    }
  }
  return { recall: total === 0 ? 0 : hit / total, hit, total, outOfScope, byType };
}

/** The peer's own detections, in our kinds. */
export const detectWithPeer = (peer) => (text) =>
  peer.spans(text).map(({ type, start, end }) => ({ start, end, types: PEER_TYPE_MAP[type] ?? [] }));

/** Our engine's entities (identifiers found, whether or not a rule tied them to a patient). */
export const detectWithEngine = (check) => (text) =>
  check(text).entities.map(({ type, start, end }) => ({ start, end, types: [type] }));
