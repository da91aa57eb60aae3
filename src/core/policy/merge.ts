import { DEFAULT_POLICY, POLICY_SEVERITIES, type Policy, type PolicyPatch, type SettingKey } from "./schema";

export interface MergedPolicy {
  policy: Policy;
  /** Settings the organization fixed: the options page shows them locked, and user values for them are ignored. */
  locked: SettingKey[];
}

/** Defaults, then the user's settings, then the organization's: each managed value wins and locks its setting. */
export function mergePolicy(managed: PolicyPatch, user: PolicyPatch): MergedPolicy {
  const policy = applyPatch(applyPatch(DEFAULT_POLICY, user), managed);
  return { policy, locked: settingKeysOf(managed) };
}

/** The settings a patch sets, at the granularity they lock. */
export function settingKeysOf(patch: PolicyPatch): SettingKey[] {
  const keys: SettingKey[] = [];
  for (const severity of POLICY_SEVERITIES) if (patch.actions?.[severity]) keys.push(`actions.${severity}`);
  const whole = [
    "reasonRequired",
    "enabledSites",
    "enabledCategories",
    "customIdentifiers",
    "customTerms",
    "organization",
    "policyUrl",
  ] as const;
  for (const key of whole) if (patch[key] !== undefined) keys.push(key);
  if (patch.auditLog?.enabled !== undefined) keys.push("auditLog.enabled");
  if (patch.auditLog?.maxEntries !== undefined) keys.push("auditLog.maxEntries");
  return keys;
}

/** The user's patch without the settings the organization locked. */
export function withoutLocked(user: PolicyPatch, locked: readonly SettingKey[]): PolicyPatch {
  const is = (key: SettingKey) => locked.includes(key);
  const kept: PolicyPatch = {};
  const actions = Object.fromEntries(
    Object.entries(user.actions ?? {}).filter(([severity]) => !is(`actions.${severity}` as SettingKey)),
  );
  if (Object.keys(actions).length > 0) kept.actions = actions;
  for (const key of Object.keys(user) as Array<keyof PolicyPatch>) {
    if (key === "actions" || key === "auditLog" || is(key)) continue;
    Object.assign(kept, { [key]: user[key] });
  }
  const auditLog = { ...user.auditLog };
  if (is("auditLog.enabled")) delete auditLog.enabled;
  if (is("auditLog.maxEntries")) delete auditLog.maxEntries;
  if (Object.keys(auditLog).length > 0) kept.auditLog = auditLog;
  return kept;
}

function applyPatch(base: Policy, patch: PolicyPatch): Policy {
  const { actions, auditLog, ...whole } = patch;
  const defined = Object.fromEntries(Object.entries(whole).filter(([, value]) => value !== undefined));
  return {
    ...base,
    ...defined,
    actions: { ...base.actions, ...actions },
    auditLog: { ...base.auditLog, ...auditLog },
  };
}
