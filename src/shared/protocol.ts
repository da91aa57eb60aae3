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
  check: { revision: number; result: CheckResult; elapsedMs: number };
  ping: { ok: true; version: string };
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
