import browser from "webextension-polyfill";
import { createAuditLog } from "./audit-log";
import { browserAuditStorage, browserPolicySources, onPolicyChange } from "./browser-storage";
import { type Environment, handleRequest } from "./handle-request";
import { createPolicyStore } from "./policy-store";

const env: Environment = {
  ownId: browser.runtime.id,
  ownOrigin: browser.runtime.getURL(""),
  version: browser.runtime.getManifest().version,
  policy: createPolicyStore(browserPolicySources),
  audit: createAuditLog(browserAuditStorage),
};

onPolicyChange(() => env.policy.invalidate());

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleRequest(message, sender, env),
);
