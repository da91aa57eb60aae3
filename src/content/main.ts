import { h, render } from "preact";
import type { CheckResult, Site } from "../core/types";
import { request } from "../shared/client";
import { siteOfHost } from "../shared/sites";
import { StatusBadge } from "../ui/status-badge";

/**
 * Walking-skeleton content script: watches whatever editable the user types in, asks the worker to
 * judge the text, and shows the verdict in a badge inside a closed shadow root.
 */
const site: Site = siteOfHost(location.hostname) ?? "other";
const DEBOUNCE_MS = 150;

let revision = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let badgeRoot: ShadowRoot | undefined;

function editableFrom(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  if (target instanceof HTMLTextAreaElement) return target;
  const editable = target.closest<HTMLElement>('[contenteditable="true"], [contenteditable=""]');
  return editable ?? undefined;
}

function textOf(editor: HTMLElement): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? "");
}

function showBadge(result: CheckResult | "checking" | "unavailable"): void {
  if (!badgeRoot) {
    const host = document.createElement("safe-harbor-badge");
    host.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483647;";
    badgeRoot = host.attachShadow({ mode: "closed" });
    document.documentElement.append(host);
  }
  render(h(StatusBadge, { state: result }), badgeRoot);
}

async function judge(editor: HTMLElement): Promise<void> {
  const mine = ++revision;
  const text = textOf(editor);
  try {
    const answer = await request<"check">({ type: "check", text, site, surface: "unknown", revision: mine });
    if (answer.revision === revision) showBadge(answer.result);
  } catch {
    if (mine === revision) showBadge("unavailable");
  }
}

document.addEventListener(
  "input",
  (event) => {
    const editor = editableFrom(event.target);
    if (!editor) return;
    clearTimeout(timer);
    timer = setTimeout(() => void judge(editor), DEBOUNCE_MS);
  },
  { capture: true },
);
