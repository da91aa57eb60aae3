import { render } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import type { PolicyPatch } from "../../core/policy/schema";
import type { CheckResult } from "../../core/types";
import { request } from "../../shared/client";
import type { GateDecision, Responses, SettingsState } from "../../shared/protocol";
import { AuditLogView } from "./audit-log-view";
import { OrganizationSettings } from "./organization-settings";
import { PolicyProblems } from "./policy-problems";
import { SettingsForm } from "./settings-form";
import { TryPost } from "./try-post";

/** The options page: fetches state from the worker and hands it to components that only render it. */
function Options() {
  const [settings, setSettings] = useState<SettingsState | undefined>();
  const [log, setLog] = useState<Responses["audit-log"] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [tryText, setTryText] = useState("");
  const [tried, setTried] = useState<{ result: CheckResult; gate: GateDecision } | undefined>();
  const revision = useRef(0);

  const refresh = useCallback(async () => {
    try {
      setSettings(await request<"settings">({ type: "settings" }));
      setLog(await request<"audit-log">({ type: "audit-log" }));
    } catch (caught) {
      setError(describeError(caught));
    }
  }, []);
  useEffect(() => {
    void refresh();
    // A policy that arrives late, settings saved in another window, a decision logged in a tab: show it.
    const changed = () => void refresh();
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, [refresh]);

  const tryPost = async (text: string) => {
    setTryText(text);
    const mine = ++revision.current;
    try {
      const answer = await request<"check">({ type: "check", text, site: "other", surface: "post", revision: mine });
      if (answer.revision === revision.current) setTried({ result: answer.result, gate: answer.gate });
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const change = async (changes: PolicyPatch) => {
    try {
      setSettings(await request<"settings-update">({ type: "settings-update", settings: changes }));
      setError(undefined);
      if (tryText) void tryPost(tryText);
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const exportLog = async (format: "csv" | "json") => {
    try {
      const file = await request<"audit-export">({ type: "audit-export", format });
      const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
      const link = Object.assign(document.createElement("a"), { href: url, download: file.filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const clearLog = async () => {
    if (!window.confirm("Clear the audit log on this device?")) return;
    try {
      await request<"audit-clear">({ type: "audit-clear" });
      await refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <main>
      <h1>Safe Harbor settings</h1>
      <p>Checks run on this device; nothing you type leaves it.</p>
      {settings?.managed && <p class="managed">Some settings are managed by your organization.</p>}
      {error && <p role="alert">{error}</p>}
      {settings && <PolicyProblems problems={settings.problems} />}
      <TryPost text={tryText} result={tried?.result} gate={tried?.gate} onInput={(text) => void tryPost(text)} />
      {settings && <SettingsForm state={settings} onChange={(changes) => void change(changes)} />}
      {settings && <OrganizationSettings policy={settings.policy} />}
      {log && <AuditLogView log={log} onExport={(format) => void exportLog(format)} onClear={() => void clearLog()} />}
    </main>
  );
}

function describeError(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

const app = document.getElementById("app");
if (app) render(<Options />, app);
