import type { Finding } from "../core/types";
import { h, type VNode } from "./dom";

export interface PanelFinding {
  finding: Finding;
  /** What the user typed at the finding's span (rendered as text, never put in an attribute). */
  excerpt?: string;
  /** The replacement "Fix" would type, when the finding has a span. */
  fix?: string;
}

export interface FindingsPanelProps {
  items: PanelFinding[];
  policyUrl?: string;
  top: number;
  left: number;
  onFix(item: PanelFinding): void;
  onIgnore(item: PanelFinding): void;
  onFixAll(): void;
}

const SEVERITY_WORD = { high: "High risk", medium: "Warning", low: "Note" } as const;

/** Each finding's message with "Fix" and "Ignore once"; "Fix all" when more than one can be fixed. */
export function findingsPanel({ items, policyUrl, top, left, onFix, onIgnore, onFixAll }: FindingsPanelProps): VNode {
  const fixable = items.filter((item) => item.fix !== undefined).length;
  return h(
    "section",
    { "aria-label": "Safe Harbor findings", class: "panel", style: `top:${top}px;left:${left}px` },
    // First, so it stays in view however many findings follow.
    fixable > 1 && h("div", { class: "actions" }, h("button", { type: "button", onClick: onFixAll }, "Fix all")),
    items.map((item, index) =>
      h(
        "fieldset",
        { "aria-label": `Finding ${index + 1} of ${items.length}`, class: "finding" },
        h("p", { class: `sev ${item.finding.severity}` }, SEVERITY_WORD[item.finding.severity]),
        h("p", null, item.finding.message),
        item.excerpt !== undefined &&
          h("p", { class: "excerpt" }, `“${item.excerpt}”`, item.fix !== undefined && ` → “${item.fix}”`),
        h(
          "div",
          { class: "actions" },
          item.fix !== undefined &&
            h("button", { type: "button", class: "primary", onClick: () => onFix(item) }, "Fix"),
          h("button", { type: "button", onClick: () => onIgnore(item) }, "Ignore once"),
        ),
      ),
    ),
    policyUrl && h("p", null, policyLink(policyUrl)),
  );
}

export function policyLink(url: string): VNode {
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "Your organization's social media policy");
}
