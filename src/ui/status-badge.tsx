import type { CheckResult } from "../core/types";

export interface StatusBadgeProps {
  state: CheckResult | "checking" | "unavailable";
}

const COLORS = { none: "#0f766e", low: "#0369a1", medium: "#b45309", high: "#b91c1c" } as const;

/** The small status at the composer: clean, n warnings, or blocked. Its accessible name starts "Safe Harbor". */
export function StatusBadge({ state }: StatusBadgeProps) {
  const label = describe(state);
  const color = typeof state === "string" ? "#475569" : COLORS[state.verdict];
  return (
    <div
      role="status"
      aria-label={`Safe Harbor: ${label}`}
      style={`font:600 12px/1.4 system-ui,sans-serif;color:#fff;background:${color};border-radius:12px;padding:4px 10px;box-shadow:0 1px 3px rgba(0,0,0,.3)`}
    >
      Safe Harbor: {label}
    </div>
  );
}

function describe(state: StatusBadgeProps["state"]): string {
  if (state === "checking") return "checking…";
  if (state === "unavailable") return "checker unavailable";
  const count = state.findings.length;
  if (state.verdict === "none") return "no problems found";
  const noun = count === 1 ? "finding" : "findings";
  return state.verdict === "high" ? `high risk, ${count} ${noun}` : `${count} ${noun} (${state.verdict})`;
}
