import type { Finding } from "../core/types";
import { contenteditableMarks } from "./contenteditable-overlay";
import { Overlay } from "./overlay";
import { textareaMarks } from "./textarea-overlay";

/**
 * A composer's risky spans, marked over its editor by an overlay in our own closed shadow root
 * (overlay.ts). The page's own highlight registry (`CSS.highlights`) is not used: it is shared with page
 * scripts, which could read from it which text we flagged. A textarea gets a mirror of its text
 * (textarea-overlay.ts), any other editor a box over each line of a risky span (contenteditable-overlay.ts).
 */
const overlays = new Map<object, Overlay>();

/** Marks `findings`, found in `text`, over `editor`; replaces `owner`'s marks. */
export function paintHighlights(owner: object, editor: HTMLElement, text: string, findings: Finding[]): void {
  let overlay = overlays.get(owner);
  if (!overlay) {
    const draw = editor instanceof HTMLTextAreaElement ? textareaMarks(editor) : contenteditableMarks(editor);
    overlay = new Overlay(editor, draw);
    overlays.set(owner, overlay);
  }
  overlay.paint(
    text,
    findings.flatMap((finding) =>
      finding.end !== undefined ? [{ start: finding.start ?? 0, end: finding.end, severity: finding.severity }] : [],
    ),
  );
}

export function clearHighlights(owner: object): void {
  overlays.get(owner)?.remove();
  overlays.delete(owner);
}
