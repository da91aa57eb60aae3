import type { ComponentChildren } from "preact";
import {
  POLICY_ACTIONS,
  POLICY_SEVERITIES,
  POLICY_SITES,
  type PolicyPatch,
  type SettingKey,
} from "../../core/policy/schema";
import { CATEGORIES } from "../../core/types";
import type { SettingsState } from "../../shared/protocol";

const SEVERITY_LABEL = { high: "High-risk posts", medium: "Medium-risk posts", low: "Low-risk posts" } as const;
const ACTION_LABEL = {
  off: "Do nothing",
  inform: "Inform",
  warn: "Warn",
  confirm: "Stop and ask (post anyway allowed)",
  block: "Block (no posting anyway)",
} as const;
const SITE_LABEL = { facebook: "Facebook", x: "X (Twitter)", linkedin: "LinkedIn", instagram: "Instagram" } as const;
const CATEGORY_LABEL = {
  phi: "Patient information (PHI)",
  relationship: "Confirming someone is a patient",
  professionalism: "Professionalism",
  advice: "Individual medical advice",
  misinformation: "Health misinformation",
  consent: "Patient stories and images (consent)",
  security: "Security slips",
  policy: "Organization terms and identifiers",
} as const;

export interface SettingsFormProps {
  state: SettingsState;
  onChange(changes: PolicyPatch): void;
}

/** The settings a user may change; those the organization set are shown disabled, "set by your organization". */
export function SettingsForm({ state, onChange }: SettingsFormProps) {
  const { policy, locked } = state;
  const isLocked = (key: SettingKey) => locked.includes(key);
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list, value] : list.filter((item) => item !== value);

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <fieldset>
        <legend>What happens before a risky post goes out</legend>
        {POLICY_SEVERITIES.map((severity) => (
          <Setting key={severity} id={`action-${severity}`} locked={isLocked(`actions.${severity}`)}>
            <label for={`action-${severity}`}>{SEVERITY_LABEL[severity]}</label>
            <select
              id={`action-${severity}`}
              value={policy.actions[severity]}
              disabled={isLocked(`actions.${severity}`)}
              aria-describedby={isLocked(`actions.${severity}`) ? `action-${severity}-lock` : undefined}
              onChange={(event) =>
                onChange({ actions: { [severity]: event.currentTarget.value as (typeof POLICY_ACTIONS)[number] } })
              }
            >
              {POLICY_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {ACTION_LABEL[action]}
                </option>
              ))}
            </select>
          </Setting>
        ))}
        <Setting id="reason-required" locked={isLocked("reasonRequired")}>
          <input
            id="reason-required"
            type="checkbox"
            checked={policy.reasonRequired}
            disabled={isLocked("reasonRequired")}
            aria-describedby={isLocked("reasonRequired") ? "reason-required-lock" : undefined}
            onChange={(event) => onChange({ reasonRequired: event.currentTarget.checked })}
          />
          <label for="reason-required">Ask for a reason before posting anyway</label>
        </Setting>
      </fieldset>
      <Checklist
        legend="Sites"
        id="sites"
        locked={isLocked("enabledSites")}
        choices={POLICY_SITES}
        labels={SITE_LABEL}
        chosen={policy.enabledSites}
        onToggle={(site, on) => onChange({ enabledSites: toggle(policy.enabledSites, site, on) })}
      />
      <Checklist
        legend="Checks"
        id="categories"
        locked={isLocked("enabledCategories")}
        choices={CATEGORIES}
        labels={CATEGORY_LABEL}
        chosen={policy.enabledCategories}
        onToggle={(category, on) => onChange({ enabledCategories: toggle(policy.enabledCategories, category, on) })}
      />
      <fieldset>
        <legend>Audit log</legend>
        <Setting id="audit-enabled" locked={isLocked("auditLog.enabled")}>
          <input
            id="audit-enabled"
            type="checkbox"
            checked={policy.auditLog.enabled}
            disabled={isLocked("auditLog.enabled")}
            aria-describedby={isLocked("auditLog.enabled") ? "audit-enabled-lock" : undefined}
            onChange={(event) => onChange({ auditLog: { enabled: event.currentTarget.checked } })}
          />
          <label for="audit-enabled">
            Keep a log of my decisions on this device (never what I wrote; the newest {policy.auditLog.maxEntries})
          </label>
        </Setting>
      </fieldset>
    </section>
  );
}

function Setting({ id, locked, children }: { id: string; locked: boolean; children: ComponentChildren }) {
  return (
    <div class={locked ? "setting locked" : "setting"}>
      {children}
      {locked && <LockNote id={`${id}-lock`} />}
    </div>
  );
}

function LockNote({ id }: { id: string }) {
  return (
    <span id={id} class="lock-note">
      🔒 set by your organization
    </span>
  );
}

interface ChecklistProps<T extends string> {
  legend: string;
  id: string;
  locked: boolean;
  choices: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[];
  onToggle(choice: T, on: boolean): void;
}

function Checklist<T extends string>({ legend, id, locked, choices, labels, chosen, onToggle }: ChecklistProps<T>) {
  return (
    <fieldset disabled={locked} aria-describedby={locked ? `${id}-lock` : undefined}>
      <legend>
        {legend}
        {locked && (
          <>
            {" "}
            <LockNote id={`${id}-lock`} />
          </>
        )}
      </legend>
      {choices.map((choice) => (
        <div class="setting" key={choice}>
          <input
            id={`${id}-${choice}`}
            type="checkbox"
            checked={chosen.includes(choice)}
            onChange={(event) => onToggle(choice, event.currentTarget.checked)}
          />
          <label for={`${id}-${choice}`}>{labels[choice]}</label>
        </div>
      ))}
    </fieldset>
  );
}
