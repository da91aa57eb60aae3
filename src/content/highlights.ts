import type { Finding, Severity } from "../core/types";
import { clearTextareaOverlay, paintTextareaOverlay } from "./textarea-overlay";

/**
 * Risky spans painted with the CSS Custom Highlight API: the ranges live in the document's highlight
 * registry and the editor's DOM is never touched, so the editor's model cannot be disturbed.
 * Registry names are `safe-harbor-<severity>`; each composer owns its own ranges within them.
 */
const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];
const STYLE = SEVERITIES.map((severity) => {
  const color = { high: "220,38,38", medium: "217,119,6", low: "2,132,199" }[severity];
  return `::highlight(safe-harbor-${severity}){background-color:rgba(${color},.22);text-decoration:underline wavy rgb(${color});text-decoration-skip-ink:none}`;
}).join("\n");

let styled = false;
const owned = new Map<object, Range[]>();

function supported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

function addStyleOnce(): void {
  if (styled) return;
  styled = true;
  // A constructed sheet adds no element to the page; a <style> in <head> is the fallback.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = STYLE;
    (document.head ?? document.documentElement).append(style);
  }
}

function highlightFor(severity: Severity): Highlight {
  const name = `safe-harbor-${severity}`;
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** Replaces `owner`'s highlighted ranges with `ranges` (one list per severity). */
export function paintHighlights(owner: object, ranges: Array<{ range: Range; severity: Severity }>): void {
  const textarea = textareaOwner(owner);
  if (textarea) {
    paintTextarea(textarea);
    return;
  }
  if (!supported()) return;
  addStyleOnce();
  clearHighlights(owner);
  const mine: Range[] = [];
  for (const { range, severity } of ranges) {
    highlightFor(severity).add(range);
    mine.push(range);
  }
  owned.set(owner, mine);
}

export function clearHighlights(owner: object): void {
  clearTextareaOverlay(owner);
  if (!supported()) return;
  const previous = owned.get(owner);
  if (!previous) return;
  for (const severity of SEVERITIES) {
    const highlight = CSS.highlights.get(`safe-harbor-${severity}`);
    for (const range of previous) highlight?.delete(range);
  }
  owned.delete(owner);
}

/**
 * A textarea's composer, as far as its highlights need it. A Range cannot point into a textarea's text,
 * so textareas get the positioned overlay (textarea-overlay.ts), painted from the findings' offsets.
 */
interface TextareaOwner {
  editor: HTMLTextAreaElement;
  latest?: { text: string } | undefined;
  visibleFindings(): Finding[];
}

function textareaOwner(owner: object): TextareaOwner | undefined {
  const candidate = owner as Partial<TextareaOwner>;
  return candidate.editor instanceof HTMLTextAreaElement && typeof candidate.visibleFindings === "function"
    ? (candidate as TextareaOwner)
    : undefined;
}

function paintTextarea(owner: TextareaOwner): void {
  const spans = owner
    .visibleFindings()
    .flatMap((finding) =>
      finding.end !== undefined ? [{ start: finding.start ?? 0, end: finding.end, severity: finding.severity }] : [],
    );
  paintTextareaOverlay(owner, owner.editor, owner.latest?.text ?? owner.editor.value, spans);
}
