import { check } from "../core/check";
import { checkContextFrom, decideGate, siteEnabled } from "../core/policy/gate";
import type { CheckResult } from "../core/types";
import type { ErrorResponse, Request, Responses } from "../shared/protocol";
import { isRequest } from "../shared/protocol";
import { siteOfHost } from "../shared/sites";
import { auditToCsv, auditToJson } from "./audit-export";
import type { AuditLog } from "./audit-log";
import type { PolicyStore } from "./policy-store";

export interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

export interface Environment {
  ownId: string;
  /** This extension's own pages start with it: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  ownOrigin: string;
  version: string;
  policy: PolicyStore;
  audit: AuditLog;
  now?: () => Date;
}

type Answer = Responses[keyof Responses] | ErrorResponse;

/** What a content script on one of the four sites may ask; settings and the log are for our own pages. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<Request["type"]> = new Set(["check", "audit", "ping"]);

/**
 * Answers one message. Only this extension's own pages and its content scripts on the four sites may
 * ask, and content scripts only for checks and audit events; anything else is refused, so a page or
 * another extension cannot use us as an oracle or read the audit log.
 */
export async function handleRequest(message: unknown, sender: Sender, env: Environment): Promise<Answer> {
  if (sender.id !== env.ownId) return { error: "unknown sender" };
  if (!isRequest(message)) return { error: "malformed request" };
  const fromOwnPage = sender.url?.startsWith(env.ownOrigin) === true;
  if (!fromOwnPage) {
    if (!sender.tab || !onSupportedSite(sender.tab.url ?? sender.url))
      return { error: "sender is not on a supported site" };
    if (!CONTENT_SCRIPT_REQUESTS.has(message.type)) return { error: `a page may not ask for ${message.type}` };
  }
  try {
    return await answer(message, env);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function onSupportedSite(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return siteOfHost(new URL(url).hostname) !== undefined;
  } catch {
    return false;
  }
}

const NOTHING_CHECKED: CheckResult = { verdict: "none", entities: [], findings: [] };

async function answer(message: Request, env: Environment): Promise<Answer> {
  switch (message.type) {
    case "ping":
      return { ok: true, version: env.version };
    case "check": {
      const started = performance.now();
      const { policy } = await env.policy.current();
      // A site the policy switches off is not checked at all, so no text is even looked at there.
      const result = siteEnabled(policy, message.site)
        ? check(message.text, checkContextFrom(policy, message.site, message.surface))
        : NOTHING_CHECKED;
      const gate = decideGate(result.verdict, policy, message.site);
      return { revision: message.revision, result, gate, elapsedMs: performance.now() - started };
    }
    case "audit": {
      const { policy } = await env.policy.current();
      await env.audit.append(message.event, policy.auditLog, env.now?.());
      return { ok: true };
    }
    case "settings":
      // Pages ask after storage.onChanged, which may reach them before it reaches this worker: read afresh.
      env.policy.invalidate();
      return env.policy.current();
    case "settings-update":
      return env.policy.updateUser(message.settings);
    case "audit-log": {
      const { policy, locked } = await env.policy.current();
      const clearable = !(locked.includes("auditLog.enabled") && policy.auditLog.enabled);
      return { entries: await env.audit.entries(), settings: policy.auditLog, clearable };
    }
    case "audit-export": {
      const entries = await env.audit.entries();
      const day = (env.now?.() ?? new Date()).toISOString().slice(0, 10);
      return message.format === "csv"
        ? { filename: `safe-harbor-audit-${day}.csv`, mimeType: "text/csv", content: auditToCsv(entries) }
        : { filename: `safe-harbor-audit-${day}.json`, mimeType: "application/json", content: auditToJson(entries) };
    }
    case "audit-clear": {
      const { policy, locked } = await env.policy.current();
      if (locked.includes("auditLog.enabled") && policy.auditLog.enabled) {
        throw new Error("Your organization keeps this log; it cannot be cleared here.");
      }
      await env.audit.clear();
      return { ok: true };
    }
  }
}
