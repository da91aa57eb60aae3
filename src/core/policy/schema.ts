import type { PolicyAction } from "../../shared/protocol";
import type { Category, CustomIdentifier, CustomTerm, OrgProfile, Severity, Site } from "../types";
import { CATEGORIES } from "../types";

/**
 * The one policy model. An organization sets it through managed storage (Chrome's managed_schema.json,
 * Firefox's policies.json "3rdparty" section), a user through the options page; both use these keys.
 */

export const POLICY_ACTIONS = ["off", "inform", "warn", "confirm", "block"] as const satisfies readonly PolicyAction[];
export const POLICY_SEVERITIES = ["high", "medium", "low"] as const satisfies readonly Severity[];
/** The sites a policy can switch on or off; "other" (the options page's try box) is always on. */
export const POLICY_SITES = ["facebook", "x", "linkedin", "instagram"] as const satisfies readonly Site[];
export type PolicySite = (typeof POLICY_SITES)[number];

export interface AuditLogSettings {
  /** Whether decisions at warnings and the gate are recorded (on this device only). */
  enabled: boolean;
  /** The newest entries kept; older ones are dropped. */
  maxEntries: number;
}

export interface Policy {
  /** What to do with a post, by its verdict. */
  actions: Record<Severity, PolicyAction>;
  /** "Post anyway" needs a typed reason. */
  reasonRequired: boolean;
  enabledSites: PolicySite[];
  /** Rule families that run; the rest are switched off. */
  enabledCategories: Category[];
  customIdentifiers: CustomIdentifier[];
  customTerms: CustomTerm[];
  /** The organization's own phones, addresses, domains and names: never flagged as PHI. */
  organization: OrgProfile;
  /** The organization's social media policy, linked from warnings. */
  policyUrl?: string;
  auditLog: AuditLogSettings;
}

/** Part of a policy, as one source (the organization or the user) sets it. */
export interface PolicyPatch {
  actions?: Partial<Record<Severity, PolicyAction>>;
  reasonRequired?: boolean;
  enabledSites?: PolicySite[];
  enabledCategories?: Category[];
  customIdentifiers?: CustomIdentifier[];
  customTerms?: CustomTerm[];
  organization?: OrgProfile;
  policyUrl?: string;
  auditLog?: Partial<AuditLogSettings>;
}

/**
 * The unit of locking: a managed value locks exactly this setting, so an organization can fix the
 * action for high-risk posts and leave the one for low-risk posts to the user.
 */
export type SettingKey =
  | `actions.${Severity}`
  | "reasonRequired"
  | "enabledSites"
  | "enabledCategories"
  | "customIdentifiers"
  | "customTerms"
  | "organization"
  | "policyUrl"
  | "auditLog.enabled"
  | "auditLog.maxEntries";

export const AUDIT_LOG_MAX_ENTRIES_LIMIT = 10_000;

/**
 * With no policy at all: high- and medium-risk posts stop at the gate for a decision, low-risk posts
 * inform (shared/docs/labelling.md), every site and family is on, and decisions are logged locally.
 */
export const DEFAULT_POLICY: Policy = {
  actions: { high: "confirm", medium: "confirm", low: "inform" },
  reasonRequired: false,
  enabledSites: [...POLICY_SITES],
  enabledCategories: [...CATEGORIES],
  customIdentifiers: [],
  customTerms: [],
  organization: {},
  auditLog: { enabled: true, maxEntries: 1000 },
};

/** A readable complaint about one value; the value is ignored and the rest of the policy applies. */
export interface PolicyProblem {
  /** Where in the policy, e.g. "customIdentifiers[1].pattern". */
  key: string;
  message: string;
}
