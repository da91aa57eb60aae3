import browser from "webextension-polyfill";
import type { AuditStorage } from "./audit-log";
import type { PolicySources } from "./policy-store";

const USER_SETTINGS_KEY = "settings";
const AUDIT_LOG_KEY = "auditLog";

/**
 * The organization's policy from managed storage. Firefox throws when no policies.json entry exists
 * (and Chrome may reject where managed storage is unavailable): both mean "no policy", not an error.
 */
async function readManaged(): Promise<unknown> {
  try {
    const managed = await browser.storage.managed.get();
    return Object.keys(managed).length > 0 ? managed : undefined;
  } catch {
    return undefined;
  }
}

export const browserPolicySources: PolicySources = {
  readManaged,
  async readUser() {
    return (await browser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
  },
  async writeUser(settings) {
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: settings });
  },
};

/** storage.local: on this device only, kept across browser restarts. */
export const browserAuditStorage: AuditStorage = {
  async read() {
    return (await browser.storage.local.get(AUDIT_LOG_KEY))[AUDIT_LOG_KEY];
  },
  async write(entries) {
    await browser.storage.local.set({ [AUDIT_LOG_KEY]: entries });
  },
};

/** Calls `changed` when the policy or the user's settings change (Firefox never reports managed changes). */
export function onPolicyChange(changed: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "managed" || (area === "local" && USER_SETTINGS_KEY in changes)) changed();
  });
}
