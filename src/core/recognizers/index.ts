import type { CheckContext } from "../types";
import { account } from "./account";
import { address } from "./address";
import { age } from "./age";
import { code } from "./code";
import { date } from "./date";
import { device } from "./device";
import { email } from "./email";
import { healthPlan } from "./health-plan";
import { ip } from "./ip";
import { license } from "./license";
import { location } from "./location";
import { mrn } from "./mrn";
import { markOrganizationOwned } from "./organization";
import { person } from "./person";
import { phone } from "./phone";
import { type Candidate, type Recognizer, runPatterns } from "./recognizer";
import { room } from "./room";
import { ssn } from "./ssn";
import { recordNumbersInLinks, url } from "./url";
import { vehicle } from "./vehicle";
import { zip } from "./zip";

/**
 * Every recognizer the engine runs. Order is priority when two report the same characters: an email or
 * a link holds whatever numbers it carries ("...chart?patientId=00417729" is one link, not an MRN); then
 * a labelled identifier (SSN, MRN, plan ID) beats the generic shape another recognizer also sees (a
 * phone, a date).
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  email,
  url,
  ssn,
  mrn,
  healthPlan,
  account,
  license,
  vehicle,
  device,
  code,
  ip,
  phone,
  date,
  age,
  zip,
  address,
  room,
  location,
  person,
];

const PRIORITY = new Map(RECOGNIZERS.map((recognizer, index) => [recognizer.name, index]));

export function findCandidates(text: string, context: CheckContext): Candidate[] {
  const found: Candidate[] = [];
  for (const recognizer of RECOGNIZERS) {
    if (recognizer.find) found.push(...recognizer.find(text, context));
    else found.push(...runPatterns(recognizer, text));
  }
  const kept = resolveOverlaps(found);
  const inLinks = recordNumbersInLinks(text, kept);
  const all = inLinks.length === 0 ? kept : [...kept, ...inLinks].sort((a, b) => a.start - b.start);
  return markOrganizationOwned(all, text, context);
}

/**
 * Keeps one candidate per stretch of text: the higher-priority recognizer wins an overlap, except that a
 * longer span of the same type absorbs a shorter one. Entities inside an email or URL are dropped.
 */
function resolveOverlaps(found: Candidate[]): Candidate[] {
  const rank = (candidate: Candidate) => PRIORITY.get(candidate.recognizer) ?? 99;
  const ordered = [...found].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  // Characters already claimed by a kept candidate: each check costs the candidate's length, not the count.
  const claimed = new Set<number>();
  for (const candidate of ordered) {
    let clash = false;
    for (let index = candidate.start; index < candidate.end && !clash; index++) clash = claimed.has(index);
    if (clash) continue;
    kept.push(candidate);
    for (let index = candidate.start; index < candidate.end; index++) claimed.add(index);
  }
  return kept.sort((a, b) => a.start - b.start);
}
