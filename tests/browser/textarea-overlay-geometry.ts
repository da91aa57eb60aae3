import type { Page } from "playwright-core";

/**
 * Measuring the textarea overlay from outside, for tests. The overlay is in a CLOSED shadow root, so its
 * marks are found through the DevTools protocol (`DOM.getDocument` with `pierce`) and measured with
 * `DOM.getContentQuads`. The textarea's own layout is read with `document.caretPositionFromPoint`, which
 * Chromium answers with the textarea and an offset into its value: the browser's layout, not ours.
 */
export interface MarkBox {
  text: string;
  /** Left edge of the mark's first line fragment and right edge of its last, in viewport pixels. */
  left: number;
  right: number;
  /** Vertical middles of the first and last line fragments. */
  firstLineY: number;
  lastLineY: number;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* walk(node: DomNode, inOverlay = false): Generator<{ node: DomNode; inOverlay: boolean }> {
  const here = inOverlay || node.nodeName === "SAFE-HARBOR-OVERLAY";
  yield { node, inOverlay: here };
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child, here);
}

/** The overlay's visible marks with their text and geometry (marks of a hidden overlay have no boxes). */
export async function overlayMarks(page: Page): Promise<MarkBox[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
    const marks: MarkBox[] = [];
    for (const { node, inOverlay } of walk(root)) {
      if (!inOverlay || node.nodeName !== "MARK") continue;
      let quads: number[][];
      try {
        ({ quads } = (await session.send("DOM.getContentQuads", { nodeId: node.nodeId })) as { quads: number[][] });
      } catch {
        continue; // not rendered
      }
      const first = quads[0];
      const last = quads.at(-1);
      if (!first || !last) continue;
      const xs = (quad: number[]) => [quad[0], quad[2], quad[4], quad[6]] as number[];
      const ys = (quad: number[]) => [quad[1], quad[3], quad[5], quad[7]] as number[];
      const middle = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
      marks.push({
        text: (node.children ?? []).map((child) => child.nodeValue ?? "").join(""),
        left: Math.min(...xs(first)),
        right: Math.max(...xs(last)),
        firstLineY: middle(ys(first)),
        lastLineY: middle(ys(last)),
      });
    }
    return marks;
  } finally {
    await session.detach();
  }
}

/** The offset in the textarea's value of the caret position nearest to a viewport point, or null. */
export function textareaOffsetAt(page: Page, x: number, y: number): Promise<number | null> {
  return page.evaluate(
    ([px, py]) => {
      const position = document.caretPositionFromPoint(px as number, py as number);
      return position?.offsetNode instanceof HTMLTextAreaElement ? position.offset : null;
    },
    [x, y],
  );
}

/** A mark drawn inside the textarea's visible box, and where the textarea itself has its edges' text. */
export interface PlacedMark {
  text: string;
  /** Offsets into the textarea's value at the mark's left and right edges, by the browser's layout. */
  start: number | null;
  end: number | null;
}

/**
 * The overlay's marks that lie inside the textarea's visible box, each with the offsets the textarea's
 * own layout has under its edges. A mark that is where it belongs reads back its own span.
 */
export async function placedMarks(page: Page, textarea: string): Promise<PlacedMark[]> {
  const box = await page.locator(textarea).boundingBox();
  if (!box) throw new Error(`no ${textarea}`);
  const inside = (x: number, y: number) =>
    x > box.x + 2 && x < box.x + box.width - 2 && y > box.y + 2 && y < box.y + box.height - 2;
  const placed: PlacedMark[] = [];
  for (const mark of await overlayMarks(page)) {
    if (!inside(mark.left + 1.5, mark.firstLineY) || !inside(mark.right - 1.5, mark.lastLineY)) continue;
    placed.push({
      text: mark.text,
      start: await textareaOffsetAt(page, mark.left + 1.5, mark.firstLineY),
      end: await textareaOffsetAt(page, mark.right - 1.5, mark.lastLineY),
    });
  }
  return placed;
}

/** Resolves after the page has rendered two more frames: the overlay re-measures once per frame. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
