import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { request } from "../../shared/client";
import type { ContentRequests, ContentResponses, SettingsState } from "../../shared/protocol";
import { PolicyProblems } from "../options/policy-problems";
import { TabStatus } from "./tab-status";

type Status = ContentResponses["status"] | "unsupported" | "loading";

/**
 * The content script of the active tab answers for itself (tabs.sendMessage needs no "tabs"
 * permission); no answer means Safe Harbor does not run on that page.
 */
async function statusOfActiveTab(): Promise<Status> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return "unsupported";
  try {
    const message: ContentRequests["status"] = { type: "status" };
    const answer = (await browser.tabs.sendMessage(tab.id, message)) as ContentResponses["status"] | undefined;
    return answer ?? "unsupported";
  } catch {
    return "unsupported";
  }
}

function Popup() {
  const [status, setStatus] = useState<Status>("loading");
  const [settings, setSettings] = useState<SettingsState | undefined>();
  useEffect(() => {
    void statusOfActiveTab().then(setStatus);
    void request<"settings">({ type: "settings" })
      .then(setSettings)
      .catch(() => undefined);
  }, []);
  return (
    <main>
      <h1>Safe Harbor</h1>
      <TabStatus status={status} />
      {settings?.managed && <p>Managed by your organization.</p>}
      {settings && <PolicyProblems problems={settings.problems} />}
      <p class="note">Checks run on this device; nothing you type leaves it.</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings, audit log and try a post
      </button>
    </main>
  );
}

const app = document.getElementById("app");
if (app) render(<Popup />, app);
