import { check } from "../core/check";
import type { ErrorResponse, Request, Responses } from "../shared/protocol";
import { isRequest } from "../shared/protocol";
import { siteOfHost } from "../shared/sites";

export interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

type Answer = Responses[keyof Responses] | ErrorResponse;

/**
 * Answers one message. Only this extension's own pages and its content scripts on the four sites may
 * ask; anything else is refused, so a page or another extension cannot use us as an oracle.
 */
export function handleRequest(message: unknown, sender: Sender, ownId: string, version: string): Answer {
  if (sender.id !== ownId) return { error: "unknown sender" };
  if (!isRequest(message)) return { error: "malformed request" };
  if (sender.tab && !senderOnSupportedSite(sender)) return { error: "sender is not on a supported site" };
  return answer(message, version);
}

function senderOnSupportedSite(sender: Sender): boolean {
  const url = sender.tab?.url ?? sender.url;
  if (!url) return false;
  try {
    return siteOfHost(new URL(url).hostname) !== undefined;
  } catch {
    return false;
  }
}

function answer(message: Request, version: string): Answer {
  switch (message.type) {
    case "ping":
      return { ok: true, version };
    case "audit":
      // The audit log lands with the policy issue; until then decisions are acknowledged, not kept.
      return { ok: true };
    case "check": {
      const started = performance.now();
      const result = check(message.text, { site: message.site, surface: message.surface });
      // Default policy until managed policy lands: high and medium confirm, low informs.
      const action =
        result.verdict === "high" || result.verdict === "medium"
          ? "confirm"
          : result.verdict === "low"
            ? "inform"
            : "off";
      const gate = { action, reasonRequired: false, siteEnabled: true } as const;
      return { revision: message.revision, result, gate, elapsedMs: performance.now() - started };
    }
  }
}
