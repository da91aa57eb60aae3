import type { AuditLogSettings } from "../core/policy/schema";
import { CATEGORIES, type Category, SITES, SURFACES, VERDICTS } from "../core/types";
import type { AuditDecision, AuditEntry, AuditEvent } from "../shared/protocol";

/** Where entries are kept: browser.storage.local in the worker (it survives restarts), memory in tests. */
export interface AuditStorage {
  read(): Promise<unknown>;
  write(entries: AuditEntry[]): Promise<void>;
}

export interface AuditLog {
  /** Records one decision, if the log is on; drops the oldest entries beyond `maxEntries`. */
  append(event: unknown, settings: AuditLogSettings, now?: Date): Promise<void>;
  entries(): Promise<AuditEntry[]>;
  clear(): Promise<void>;
}

const DECISIONS: readonly AuditDecision[] = ["edited", "fixed", "ignored", "cancelled", "posted-anyway", "blocked"];
const MAX_RULES = 50;
export const MAX_REASON_LENGTH = 500;
const RULE_ID = /^[a-z][a-z0-9-]{0,40}\/[a-z0-9-]{1,60}$/;

/**
 * The local audit log: what was decided, never what was written. An entry is rebuilt field by field
 * from known values (rule ids by their shape, categories and sites from fixed lists), so a buggy or
 * hostile page cannot smuggle post text into it; only the typed reason for "post anyway" is free text.
 */
export function createAuditLog(storage: AuditStorage): AuditLog {
  // Appends are read-modify-write; chaining them keeps two quick decisions from losing one.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  const stored = async (): Promise<AuditEntry[]> => {
    const raw = await storage.read();
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry: { time?: unknown }) => {
      const clean = sanitize(entry);
      return clean && typeof entry.time === "string" ? [{ time: entry.time, ...clean }] : [];
    });
  };

  return {
    append(event, settings, now = new Date()) {
      return serially(async () => {
        if (!settings.enabled) return;
        const clean = sanitize(event);
        if (!clean) throw new Error("malformed audit event");
        const entries = [...(await stored()), { time: now.toISOString(), ...clean }];
        await storage.write(entries.slice(-settings.maxEntries));
      });
    },
    entries: () => serially(stored),
    clear: () => serially(() => storage.write([])),
  };
}

/** The event's allowed fields with allowed values only, or undefined when a required one is wrong. */
export function sanitize(value: unknown): AuditEvent | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const event = value as Record<string, unknown>;
  const { site, surface, severity, decision, reason } = event;
  if (!isOneOf(SITES, site) || !isOneOf(SURFACES, surface) || !isOneOf(DECISIONS, decision)) return undefined;
  if (!isOneOf(VERDICTS, severity) || severity === "none") return undefined;
  if (!Array.isArray(event.rules) || !Array.isArray(event.categories)) return undefined;
  const rules = event.rules.filter((rule): rule is string => typeof rule === "string" && RULE_ID.test(rule));
  const categories = event.categories.filter((category): category is Category => isOneOf(CATEGORIES, category));
  const clean: AuditEvent = {
    site,
    surface,
    rules: [...new Set(rules)].slice(0, MAX_RULES),
    categories: [...new Set(categories)],
    severity,
    decision,
  };
  if (typeof reason === "string" && reason.trim()) clean.reason = reason.trim().slice(0, MAX_REASON_LENGTH);
  return clean;
}

function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value);
}
