import type { PolicyAction } from "../../shared/protocol";
import type { Category, CustomIdentifier, CustomTerm, OrgProfile, Severity } from "../types";
import { CATEGORIES } from "../types";
import { customPatternProblem } from "./custom-pattern";
import {
  AUDIT_LOG_MAX_ENTRIES_LIMIT,
  POLICY_ACTIONS,
  POLICY_SEVERITIES,
  POLICY_SITES,
  type PolicyPatch,
  type PolicyProblem,
  type PolicySite,
} from "./schema";

export interface ReadPolicy {
  /** Only the values that passed; everything else is in `problems`. */
  policy: PolicyPatch;
  problems: PolicyProblem[];
}

export const MAX_CUSTOM_IDENTIFIERS = 50;
export const MAX_CUSTOM_TERMS = 500;
const MAX_ORG_ENTRIES = 100;
const MAX_TEXT = 200;

/**
 * Reads a policy as it arrives from managed storage or the user's saved settings. Never throws: every
 * unknown key, wrong type or unsafe pattern becomes a readable problem and is left out, and the rest
 * applies. Chrome drops values that fail managed_schema.json before we see them, Firefox applies no
 * schema at all, and saved settings may come from an older version: so everything is checked here.
 */
export function readPolicy(raw: unknown): ReadPolicy {
  const problems: PolicyProblem[] = [];
  const policy: PolicyPatch = {};
  if (raw === undefined || raw === null) return { policy, problems };
  if (!isObject(raw)) {
    problems.push({ key: "(policy)", message: `the policy must be an object of settings, not ${describe(raw)}` });
    return { policy, problems };
  }
  const report = (key: string, message: string) => problems.push({ key, message });
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "actions":
        policy.actions = readActions(value, report);
        break;
      case "reasonRequired":
        if (typeof value === "boolean") policy.reasonRequired = value;
        else report(key, `must be true or false, not ${describe(value)}`);
        break;
      case "enabledSites":
        policy.enabledSites = readChoices(key, value, POLICY_SITES, report) as PolicySite[] | undefined;
        break;
      case "enabledCategories":
        policy.enabledCategories = readChoices(key, value, CATEGORIES, report) as Category[] | undefined;
        break;
      case "customIdentifiers":
        policy.customIdentifiers = readList(key, value, MAX_CUSTOM_IDENTIFIERS, readCustomIdentifier, report);
        break;
      case "customTerms":
        policy.customTerms = readList(key, value, MAX_CUSTOM_TERMS, readCustomTerm, report);
        break;
      case "organization":
        policy.organization = readOrganization(value, report);
        break;
      case "policyUrl":
        policy.policyUrl = readUrl(key, value, report);
        break;
      case "auditLog":
        policy.auditLog = readAuditLog(value, report);
        break;
      default:
        report(key, `"${key}" is not a Safe Harbor setting and was ignored`);
    }
  }
  for (const key of Object.keys(policy) as Array<keyof PolicyPatch>) {
    if (policy[key] === undefined) delete policy[key];
  }
  return { policy, problems };
}

type Report = (key: string, message: string) => void;

function readActions(value: unknown, report: Report): PolicyPatch["actions"] {
  if (!isObject(value)) {
    report("actions", `must be an object like {"high": "block"}, not ${describe(value)}`);
    return undefined;
  }
  const actions: Partial<Record<Severity, PolicyAction>> = {};
  for (const [severity, action] of Object.entries(value)) {
    const key = `actions.${severity}`;
    if (!includes(POLICY_SEVERITIES, severity)) {
      report(key, `"${severity}" is not a severity; use ${list(POLICY_SEVERITIES)}`);
    } else if (!includes(POLICY_ACTIONS, action)) {
      report(key, `must be one of ${list(POLICY_ACTIONS)}, not ${describe(action)}`);
    } else {
      actions[severity] = action;
    }
  }
  return Object.keys(actions).length > 0 ? actions : undefined;
}

function readChoices<T extends string>(
  key: string,
  value: unknown,
  allowed: readonly T[],
  report: Report,
): T[] | undefined {
  if (!Array.isArray(value)) {
    report(key, `must be a list of ${list(allowed)}, not ${describe(value)}`);
    return undefined;
  }
  const chosen: T[] = [];
  value.forEach((item, index) => {
    if (includes(allowed, item)) {
      if (!chosen.includes(item)) chosen.push(item);
    } else report(`${key}[${index}]`, `${describe(item)} is not one of ${list(allowed)} and was ignored`);
  });
  return chosen;
}

function readList<T>(
  key: string,
  value: unknown,
  limit: number,
  readItem: (item: unknown, key: string, report: Report) => T | undefined,
  report: Report,
): T[] | undefined {
  if (!Array.isArray(value)) {
    report(key, `must be a list, not ${describe(value)}`);
    return undefined;
  }
  if (value.length > limit) report(key, `has ${value.length} entries; only the first ${limit} are used`);
  const items: T[] = [];
  value.slice(0, limit).forEach((item, index) => {
    const read = readItem(item, `${key}[${index}]`, report);
    if (read !== undefined) items.push(read);
  });
  return items;
}

function readCustomIdentifier(item: unknown, key: string, report: Report): CustomIdentifier | undefined {
  if (!isObject(item)) {
    report(key, `must be an object like {"label": "MRN", "pattern": "MRN\\\\d{7}"}, not ${describe(item)}`);
    return undefined;
  }
  reportUnknownKeys(item, key, ["label", "pattern", "severity"], report);
  const label = readText(item.label, `${key}.label`, report);
  if (typeof item.pattern !== "string") {
    report(`${key}.pattern`, `must be a regular expression as text, not ${describe(item.pattern)}`);
    return undefined;
  }
  const problem = customPatternProblem(item.pattern);
  if (problem) {
    report(`${key}.pattern`, `${label ? `"${label}": ` : ""}${problem}; this identifier was ignored`);
    return undefined;
  }
  const severity = readSeverity(item.severity, `${key}.severity`, "high", report);
  if (label === undefined) return undefined;
  return { label, pattern: item.pattern, severity };
}

function readCustomTerm(item: unknown, key: string, report: Report): CustomTerm | undefined {
  if (!isObject(item)) {
    report(key, `must be an object like {"term": "Project Nightingale"}, not ${describe(item)}`);
    return undefined;
  }
  reportUnknownKeys(item, key, ["term", "label", "severity"], report);
  const term = readText(item.term, `${key}.term`, report);
  const label = item.label === undefined ? undefined : readText(item.label, `${key}.label`, report);
  const severity = readSeverity(item.severity, `${key}.severity`, "medium", report);
  if (term === undefined) return undefined;
  return label === undefined ? { term, severity } : { term, label, severity };
}

function readOrganization(value: unknown, report: Report): OrgProfile | undefined {
  if (!isObject(value)) {
    report("organization", `must be an object with phones, addresses, domains and names, not ${describe(value)}`);
    return undefined;
  }
  const fields = ["phones", "addresses", "domains", "names"] as const;
  reportUnknownKeys(value, "organization", fields, report);
  const organization: OrgProfile = {};
  for (const field of fields) {
    const key = `organization.${field}`;
    const entries = value[field];
    if (entries === undefined) continue;
    const read = readList(key, entries, MAX_ORG_ENTRIES, readText, report);
    if (read) organization[field] = read;
  }
  return organization;
}

function readUrl(key: string, value: unknown, report: Report): string | undefined {
  const text = readText(value, key, report);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === "https:" || url.protocol === "http:") return url.href;
  } catch {
    // reported below
  }
  report(key, `"${text}" is not a web address (https://...)`);
  return undefined;
}

function readAuditLog(value: unknown, report: Report): PolicyPatch["auditLog"] {
  if (!isObject(value)) {
    report("auditLog", `must be an object like {"enabled": true, "maxEntries": 1000}, not ${describe(value)}`);
    return undefined;
  }
  reportUnknownKeys(value, "auditLog", ["enabled", "maxEntries"], report);
  const auditLog: PolicyPatch["auditLog"] = {};
  if (value.enabled !== undefined) {
    if (typeof value.enabled === "boolean") auditLog.enabled = value.enabled;
    else report("auditLog.enabled", `must be true or false, not ${describe(value.enabled)}`);
  }
  if (value.maxEntries !== undefined) {
    const max = value.maxEntries;
    if (typeof max === "number" && Number.isInteger(max) && max >= 1 && max <= AUDIT_LOG_MAX_ENTRIES_LIMIT) {
      auditLog.maxEntries = max;
    } else {
      report(
        "auditLog.maxEntries",
        `must be a whole number from 1 to ${AUDIT_LOG_MAX_ENTRIES_LIMIT}, not ${describe(max)}`,
      );
    }
  }
  return Object.keys(auditLog).length > 0 ? auditLog : undefined;
}

function readText(value: unknown, key: string, report: Report): string | undefined {
  if (typeof value !== "string" || value.trim().length === 0) {
    report(key, `must be a non-empty text, not ${describe(value)}`);
    return undefined;
  }
  const text = value.trim();
  if (text.length > MAX_TEXT) {
    report(key, `is ${text.length} characters long; at most ${MAX_TEXT} are allowed`);
    return undefined;
  }
  return text;
}

function readSeverity(value: unknown, key: string, fallback: Severity, report: Report): Severity {
  if (value === undefined) return fallback;
  if (includes(POLICY_SEVERITIES, value)) return value;
  report(key, `must be one of ${list(POLICY_SEVERITIES)}, not ${describe(value)}; "${fallback}" is used`);
  return fallback;
}

function reportUnknownKeys(value: Record<string, unknown>, key: string, known: readonly string[], report: Report) {
  for (const field of Object.keys(value)) {
    if (!known.includes(field)) report(`${key}.${field}`, `"${field}" is not a setting here and was ignored`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function includes<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value);
}

function list(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

/** A short, safe rendering of a bad value for a problem message. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
