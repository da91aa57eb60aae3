import type { DrawMarks, OverlaySpan } from "./overlay";

/**
 * Marks for a `<textarea>`, whose text has no DOM ranges to measure: a mirror of the textarea (same font,
 * padding, wrapping width and scroll offset) in the overlay (overlay.ts), with transparent text and the
 * risky pieces wrapped in marks, so each mark falls where the textarea draws its piece.
 */

/** Computed properties that decide where the textarea's glyphs fall. */
const COPIED = [
  "direction",
  "font-family",
  "font-size",
  "font-style",
  "font-variant",
  "font-weight",
  "font-stretch",
  "font-kerning",
  "font-feature-settings",
  "font-variation-settings",
  "letter-spacing",
  "word-spacing",
  "line-height",
  "text-align",
  "text-indent",
  "text-transform",
  "text-rendering",
  "tab-size",
  "white-space",
  "overflow-wrap",
  "word-break",
  "hyphens",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
] as const;

export function textareaMarks(textarea: HTMLTextAreaElement): DrawMarks {
  const mirror = document.createElement("div");
  mirror.className = "text";
  let shownText = "";
  let shownPieces: OverlaySpan[] = [];
  return (layer, text, pieces, origin) => {
    if (textarea.value !== text) return false;
    if (mirror.parentNode !== layer) layer.append(mirror);
    const computed = getComputedStyle(textarea);
    const style = mirror.style;
    for (const property of COPIED) style.setProperty(property, computed.getPropertyValue(property));
    // clientWidth excludes the scrollbar, which narrows the textarea's wrapping width.
    style.width = `${textarea.clientWidth}px`;
    style.minHeight = `${textarea.clientHeight}px`;
    // The mirror's corner is the textarea's padding box corner, scrolled as the textarea is.
    const rect = textarea.getBoundingClientRect();
    style.transform = `translate(${rect.left + textarea.clientLeft - textarea.scrollLeft - origin.left}px,${rect.top + textarea.clientTop - textarea.scrollTop - origin.top}px)`;
    if (text !== shownText || pieces !== shownPieces) {
      shownText = text;
      shownPieces = pieces;
      mirror.replaceChildren(...mirrorText(text, pieces));
    }
    return true;
  };
}

/** The text as mirror nodes: plain text between the pieces, a mark (classed by severity) for each piece. */
function mirrorText(text: string, pieces: OverlaySpan[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const { start, end, severity } of pieces) {
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement("mark");
    mark.className = severity;
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  // A trailing newline makes a last (empty) line in a textarea; in a div it needs a character after it.
  nodes.push(document.createTextNode(`${text.slice(at)} `));
  return nodes;
}
