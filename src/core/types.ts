/**
 * The engine's public vocabulary. Everything here is plain data so that the worker, the CLI and
 * vitest share one shape; `src/shared/protocol.ts` carries these types between page and worker.
 */

export const VERDICTS = ["none", "low", "medium", "high"] as const;
/** How risky a post is: `low` informs, `medium` warns and confirms, `high` stops the post. */
export type Verdict = (typeof VERDICTS)[number];
export type Severity = Exclude<Verdict, "none">;

export const CATEGORIES = [
  "phi",
  "relationship",
  "professionalism",
  "advice",
  "misinformation",
  "consent",
  "security",
  "policy",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Identifier kinds, as in shared/docs/labelling.md, plus `code` for "any other unique code". */
export const ENTITY_TYPES = [
  "person",
  "date",
  "age",
  "phone",
  "email",
  "ssn",
  "mrn",
  "health-plan",
  "account",
  "license",
  "vehicle",
  "device",
  "url",
  "ip",
  "address",
  "zip",
  "location",
  "room",
  "code",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SITES = ["x", "facebook", "linkedin", "instagram", "other"] as const;
export type Site = (typeof SITES)[number];

export const SURFACES = ["post", "reply", "quote", "comment", "message", "caption", "review-reply", "unknown"] as const;
export type Surface = (typeof SURFACES)[number];

/** A half-open range of UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** An identifier found in the text; it becomes a finding only when a rule ties it to a patient. */
export interface Entity extends Span {
  type: EntityType;
  /** The exact slice of the text the user typed. */
  text: string;
  /** 0..1: how sure the recognizer is that this is the identifier it names. */
  confidence: number;
  /** The recognizer that found it, e.g. "phone". */
  recognizer: string;
  /** A finer kind where it helps the message: "fax", "date of birth", a custom identifier's label. */
  label?: string;
}

export interface Finding {
  /** Stable rule id, e.g. "phi/named-patient"; the audit log stores it instead of any text. */
  rule: string;
  category: Category;
  severity: Severity;
  /** One plain sentence: what was found and why it matters. */
  message: string;
  start?: number;
  end?: number;
  /** Replacement text for `start..end`, offered as a one-click fix. */
  suggestion?: string;
}

/** The organization's own details: never patient identifiers. */
export interface OrgProfile {
  phones?: string[];
  addresses?: string[];
  domains?: string[];
  names?: string[];
}

export interface CustomIdentifier {
  label: string;
  /** A regular expression source, already validated and bounded by the policy reader. */
  pattern: string;
  severity: Severity;
}

export interface CustomTerm {
  term: string;
  label?: string;
  severity: Severity;
}

export interface CheckContext {
  site?: Site;
  surface?: Surface;
  org?: OrgProfile;
  customIdentifiers?: CustomIdentifier[];
  customTerms?: CustomTerm[];
  /** Rule families switched off by policy; absent means on. */
  disabledCategories?: Category[];
}

export interface CheckResult {
  verdict: Verdict;
  entities: Entity[];
  findings: Finding[];
}

export function severityRank(value: Verdict): number {
  return VERDICTS.indexOf(value);
}

export function maxVerdict(values: Iterable<Verdict>): Verdict {
  let best: Verdict = "none";
  for (const value of values) if (severityRank(value) > severityRank(best)) best = value;
  return best;
}
