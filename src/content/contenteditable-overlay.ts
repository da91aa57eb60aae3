import type { DrawMarks } from "./overlay";
import { readTextModel } from "./text-model";

/**
 * Marks for a contenteditable editor (Draft.js, Lexical, Quill, plain): for each risky piece, one box per
 * line box of its text (`Range.getClientRects()`), drawn in the overlay (overlay.ts). Ranges are taken
 * afresh from the editor's text model every time, since editors replace their text nodes when they
 * re-render; the editor's DOM is only read.
 */
export function contenteditableMarks(editor: HTMLElement): DrawMarks {
  return (layer, text, pieces, origin) => {
    const model = readTextModel(editor);
    if (model.text !== text) return false;
    const marks: HTMLElement[] = [];
    for (const { start, end, severity } of pieces) {
      const range = model.rangeOf(start, end);
      for (const rect of range ? lineBoxes(range) : []) {
        const mark = document.createElement("mark");
        mark.className = severity;
        mark.style.cssText = `left:${rect.left - origin.left}px;top:${rect.top - origin.top}px;width:${rect.width}px;height:${rect.height}px`;
        marks.push(mark);
      }
    }
    layer.replaceChildren(...marks);
    return true;
  };
}

/**
 * The line boxes of the text in `range`, text node by text node: the range's own `getClientRects()` also
 * gives the border box of every element wholly inside it, which would double a mark or paint a paragraph.
 */
function lineBoxes(range: Range): DOMRect[] {
  const boxes: DOMRect[] = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const part = document.createRange();
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    for (const box of part.getClientRects()) if (box.width > 0) boxes.push(box);
  }
  return boxes;
}
