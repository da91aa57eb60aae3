import browser from "webextension-polyfill";
import { handleRequest } from "./handle-request";

const { id, version } = { id: browser.runtime.id, version: browser.runtime.getManifest().version };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  Promise.resolve(handleRequest(message, sender, id, version)),
);
