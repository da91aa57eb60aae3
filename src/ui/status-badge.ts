import type { Finding, Verdict } from "../core/types";
import { h, type VNode } from "./dom";

export type BadgeState =
  | { kind: "checking" }
  | { kind: "unavailable" }
  | { kind: "result"; verdict: Verdict; findings: Finding[]; blocked: boolean };

export interface StatusBadgeProps {
  state: BadgeState;
  expanded: boolean;
  onToggle(): void;
  /** Viewport position of the badge's top-left corner. */
  top: number;
  left: number;
  /** No site adapter knows this box: it is checked by the generic fallback (keyboard gate only). */
  fallback?: boolean;
}

/**
 * The small status at the composer: clean, n warnings, high risk, blocked. Its accessible name starts
 * "Safe Harbor:"; the button inside opens the findings panel.
 */
export function statusBadge({ state, expanded, onToggle, top, left, fallback }: StatusBadgeProps): VNode {
  const label = `Safe Harbor: ${describeBadge(state)}${fallback ? " (fallback mode)" : ""}`;
  const tone = state.kind === "result" ? state.verdict : "idle";
  const hasFindings = state.kind === "result" && state.findings.length > 0;
  return h(
    "div",
    { role: "status", "aria-label": label, class: `badge ${tone}`, style: `top:${top}px;left:${left}px` },
    h(
      "button",
      { type: "button", "aria-expanded": hasFindings ? String(expanded) : undefined, onClick: onToggle },
      label,
    ),
  );
}

export function describeBadge(state: BadgeState): string {
  if (state.kind === "checking") return "checking…";
  if (state.kind === "unavailable") return "checker unavailable";
  const count = state.findings.length;
  if (count === 0) return "no problems found";
  const blocked = state.blocked ? ", posting blocked" : "";
  if (state.verdict === "high") return `high risk, ${count} ${count === 1 ? "finding" : "findings"}${blocked}`;
  return `${count} ${count === 1 ? "warning" : "warnings"}${blocked}`;
}
