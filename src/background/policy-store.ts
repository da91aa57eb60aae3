import { mergePolicy, withoutLocked } from "../core/policy/merge";
import { readPolicy } from "../core/policy/read-policy";
import type { PolicyPatch } from "../core/policy/schema";
import type { SettingsState } from "../shared/protocol";

/** Where policy comes from; the worker passes browser storage, tests pass plain objects. */
export interface PolicySources {
  /** The organization's policy as the browser hands it over; undefined when none is installed. */
  readManaged(): Promise<unknown>;
  readUser(): Promise<unknown>;
  writeUser(settings: PolicyPatch): Promise<void>;
}

export interface PolicyStore {
  /** The merged policy with its locks and problems; read once, then cached until `invalidate`. */
  current(): Promise<SettingsState>;
  /** Saves the user's changes over their saved settings, minus anything the organization locked. */
  updateUser(changes: unknown): Promise<SettingsState>;
  /** Storage changed (a new managed policy, settings saved in another window): read again next time. */
  invalidate(): void;
}

export function createPolicyStore(sources: PolicySources): PolicyStore {
  let cached: Promise<SettingsState> | undefined;

  async function load(): Promise<SettingsState> {
    const [managedRaw, userRaw] = await Promise.all([sources.readManaged(), sources.readUser()]);
    const managed = readPolicy(managedRaw);
    const user = readPolicy(userRaw);
    const { policy, locked } = mergePolicy(managed.policy, user.policy);
    return {
      policy,
      user: user.policy,
      locked,
      problems: [
        ...managed.problems.map((problem) => ({ ...problem, source: "organization" as const })),
        ...user.problems.map((problem) => ({ ...problem, source: "user" as const })),
      ],
      managed: managedRaw !== undefined && managedRaw !== null && Object.keys(managed.policy).length > 0,
    };
  }

  function current(): Promise<SettingsState> {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  }

  return {
    current,
    async updateUser(changes) {
      const state = await current();
      const { policy: patch, problems } = readPolicy(changes);
      if (problems.length > 0) {
        throw new Error(
          `Settings not saved: ${problems.map((problem) => `${problem.key} ${problem.message}`).join("; ")}`,
        );
      }
      const merged: PolicyPatch = {
        ...state.user,
        ...patch,
        ...(patch.actions || state.user.actions ? { actions: { ...state.user.actions, ...patch.actions } } : {}),
        ...(patch.auditLog || state.user.auditLog ? { auditLog: { ...state.user.auditLog, ...patch.auditLog } } : {}),
      };
      await sources.writeUser(withoutLocked(merged, state.locked));
      cached = undefined;
      return current();
    },
    invalidate() {
      cached = undefined;
    },
  };
}
