import type { CheckResult, Site, Surface } from "../core/types";

/**
 * Every message between extension contexts, in one place. A request names its `type`; the
 * background answers with the matching entry of `Responses`. Post text travels only inside the
 * browser (content script -> worker) and is never stored or sent anywhere else.
 */
export interface Requests {
  /** Judge the text of a composer. `revision` lets the page drop answers for stale text. */
  check: { type: "check"; text: string; site: Site; surface: Surface; revision: number };
  ping: { type: "ping" };
}

export interface Responses {
  check: { revision: number; result: CheckResult; gate: GateDecision; elapsedMs: number };
  ping: { ok: true; version: string };
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
  if (type === "ping") return true;
  if (type === "check") {
    const { text, revision } = value as { text?: unknown; revision?: unknown };
    return typeof text === "string" && typeof revision === "number";
  }
  return false;
}
