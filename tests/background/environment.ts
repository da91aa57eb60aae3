import { type AuditStorage, createAuditLog } from "../../src/background/audit-log";
import type { Environment } from "../../src/background/handle-request";
import { createPolicyStore, type PolicySources } from "../../src/background/policy-store";
import type { PolicyPatch } from "../../src/core/policy/schema";
import type { AuditEntry } from "../../src/shared/protocol";

export const OWN = "ndkgngbfjfahhglceglbdekgpcboceac";
export const OWN_ORIGIN = `chrome-extension://${OWN}/`;
export const OPTIONS_PAGE = { id: OWN, url: `${OWN_ORIGIN}src/ui/options/index.html`, tab: { url: `${OWN_ORIGIN}x` } };
export const X_TAB = { id: OWN, url: "https://x.com/home", tab: { url: "https://x.com/home" } };

/** A worker environment over plain objects: what browser storage would hold. */
export function memoryEnvironment(managed?: unknown, user?: unknown) {
  const stored: { managed: unknown; user: unknown; audit: unknown } = { managed, user, audit: undefined };
  const sources: PolicySources = {
    readManaged: async () => stored.managed,
    readUser: async () => stored.user,
    writeUser: async (settings: PolicyPatch) => {
      stored.user = structuredClone(settings);
    },
  };
  const auditStorage: AuditStorage = {
    read: async () => structuredClone(stored.audit),
    write: async (entries: AuditEntry[]) => {
      stored.audit = structuredClone(entries);
    },
  };
  const env: Environment = {
    ownId: OWN,
    ownOrigin: OWN_ORIGIN,
    version: "1.0",
    policy: createPolicyStore(sources),
    audit: createAuditLog(auditStorage),
    now: () => new Date("2026-01-02T03:04:05.000Z"),
  };
  return { env, stored };
}
