import type { AuditLogSettings, Policy, PolicyPatch, PolicyProblem, SettingKey } from "../core/policy/schema";
import type { Category, CheckResult, Severity, Site, Surface, Verdict } from "../core/types";

/**
 * Every message between extension contexts, in one place. A request names its `type`; the
 * background answers with the matching entry of `Responses`. Post text travels only inside the
 * browser (content script -> worker) and is never stored or sent anywhere else.
 */
export interface Requests {
  /** Judge the text of a composer. `revision` lets the page drop answers for stale text. */
  check: { type: "check"; text: string; site: Site; surface: Surface; revision: number };
  /** Record what the user decided at a warning or the gate. Never carries post text or matched values. */
  audit: { type: "audit"; event: AuditEvent };
  ping: { type: "ping" };
  /** The effective policy, what is locked and what was wrong with it (options page, popup). */
  settings: { type: "settings" };
  /** Save the user's own settings; values for settings the organization locked are dropped. */
  "settings-update": { type: "settings-update"; settings: PolicyPatch };
  "audit-log": { type: "audit-log" };
  "audit-export": { type: "audit-export"; format: "csv" | "json" };
  "audit-clear": { type: "audit-clear" };
}

export type AuditDecision = "edited" | "fixed" | "ignored" | "cancelled" | "posted-anyway" | "blocked";

/** One audit log entry as the page reports it; the worker adds the time. */
export interface AuditEvent {
  site: Site;
  surface: Surface;
  /** Rule ids, categories and the highest severity of the findings at the time of the decision. */
  rules: string[];
  categories: Category[];
  severity: Severity;
  decision: AuditDecision;
  /** The typed reason for "post anyway", where policy asks for one. */
  reason?: string;
}

/** Messages the popup sends to the content script of the active tab (tabs.sendMessage). */
export interface ContentRequests {
  status: { type: "status" };
}

export interface ContentResponses {
  status: {
    site: Site;
    /** False when policy switches the site off. */
    enabled: boolean;
    /** True when no adapter selector matched and the generic fallback is watching the composer. */
    fallback: boolean;
    /** The latest verdict and finding count of the focused composer, if any was checked. */
    verdict?: Verdict;
    findings?: number;
  };
}

export interface Responses {
  check: { revision: number; result: CheckResult; gate: GateDecision; elapsedMs: number };
  audit: { ok: true };
  ping: { ok: true; version: string };
  settings: SettingsState;
  "settings-update": SettingsState;
  "audit-log": { entries: AuditEntry[]; settings: AuditLogSettings; clearable: boolean };
  "audit-export": { filename: string; mimeType: string; content: string };
  "audit-clear": { ok: true };
}

/** A policy problem, with who set the bad value. */
export interface SourcedPolicyProblem extends PolicyProblem {
  source: "organization" | "user";
}

export interface SettingsState {
  /** What applies: defaults, then the user's settings, then the organization's. */
  policy: Policy;
  /** The user's own saved settings. */
  user: PolicyPatch;
  /** Settings the organization set: shown locked, "set by your organization". */
  locked: SettingKey[];
  problems: SourcedPolicyProblem[];
  /** True when an organization policy is installed. */
  managed: boolean;
}

/** One audit log entry as stored: the page's event plus the time (ISO 8601). No post text, no matched values. */
export interface AuditEntry extends AuditEvent {
  time: string;
}

/** What policy says to do with a post, for a severity: from nothing at all to a hard block. */
export type PolicyAction = "off" | "inform" | "warn" | "confirm" | "block";

/**
 * The worker's decision for one checked post, from the result's verdict and the merged policy.
 * `confirm` and `block` stop the post at the gate; `block` offers no "post anyway".
 */
export interface GateDecision {
  action: PolicyAction;
  /** "Post anyway" needs a typed reason. */
  reasonRequired: boolean;
  /** The organization's social media policy, linked from warnings. */
  policyUrl?: string;
  /** False when policy switches the extension off on this site: no checks, no gate. */
  siteEnabled: boolean;
}

export type RequestType = keyof Requests;
export type Request = Requests[RequestType];

export interface ErrorResponse {
  error: string;
}

export function isRequest(value: unknown): value is Request {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === "ping" || type === "settings" || type === "audit-log" || type === "audit-clear") return true;
  if (type === "settings-update") {
    const settings = (value as { settings?: unknown }).settings;
    return typeof settings === "object" && settings !== null;
  }
  if (type === "audit-export") {
    const format = (value as { format?: unknown }).format;
    return format === "csv" || format === "json";
  }
  if (type === "audit") {
    const event = (value as { event?: unknown }).event;
    return (
      typeof event === "object" && event !== null && typeof (event as { decision?: unknown }).decision === "string"
    );
  }
  if (type === "check") {
    const { text, revision } = value as { text?: unknown; revision?: unknown };
    return typeof text === "string" && typeof revision === "number";
  }
  return false;
}
