import type { Page } from "playwright-core";

/**
 * Reading our marks from outside, for tests. The overlay (src/content/overlay.ts) is in a CLOSED shadow
 * root, so its marks are found through the DevTools protocol (`DOM.getDocument` with `pierce`) and
 * measured with `DOM.getContentQuads`, which page scripts cannot do. Marks over a contenteditable carry no
 * text: what they mark is read back from the editor's own layout, as the characters whose boxes they cover.
 */

/** A rectangle in viewport pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface OverlayMark {
  /** The mark's own text: the mirrored text for a textarea, "" for a box over a contenteditable. */
  text: string;
  severity: string;
  /** The mark's line fragments as laid out, before the overlay clips them. */
  fragments: Rect[];
  /** What the user can see of them: the fragments cut to the overlay's clip box, empty ones dropped. */
  visible: Rect[];
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* descendants(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* descendants(child);
}

const attribute = (node: DomNode, name: string) => {
  const index = node.attributes?.findIndex((value, at) => at % 2 === 0 && value === name) ?? -1;
  return index >= 0 ? (node.attributes?.[index + 1] ?? "") : undefined;
};

function rectOf(quad: number[]): Rect {
  const xs = [quad[0], quad[2], quad[4], quad[6]] as number[];
  const ys = [quad[1], quad[3], quad[5], quad[7]] as number[];
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  const cut = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return cut.right > cut.left && cut.bottom > cut.top ? cut : undefined;
}

/** Every mark our overlays show (a hidden overlay's marks have no boxes and are left out). */
export async function overlayMarks(page: Page): Promise<OverlayMark[]> {
  const session = await page.context().newCDPSession(page);
  const quadsOf = async (node: DomNode): Promise<Rect[]> => {
    try {
      const { quads } = (await session.send("DOM.getContentQuads", { nodeId: node.nodeId })) as { quads: number[][] };
      return quads.map(rectOf);
    } catch {
      return []; // not rendered
    }
  };
  try {
    const { root } = (await session.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
    const marks: OverlayMark[] = [];
    for (const host of descendants(root)) {
      if (host.nodeName !== "SAFE-HARBOR-OVERLAY") continue;
      const inside = [...descendants(host)];
      const clipNode = inside.find((node) => attribute(node, "class") === "box");
      const [clip] = clipNode ? await quadsOf(clipNode) : [];
      if (!clip) continue;
      for (const node of inside) {
        if (node.nodeName !== "MARK") continue;
        const fragments = await quadsOf(node);
        if (fragments.length === 0) continue;
        marks.push({
          text: (node.children ?? []).map((child) => child.nodeValue ?? "").join(""),
          severity: attribute(node, "class") ?? "",
          fragments,
          visible: fragments.flatMap((fragment) => intersection(fragment, clip) ?? []),
        });
      }
    }
    return marks;
  } finally {
    await session.detach();
  }
}

/**
 * Runs in the page (Chromium's or Firefox's): the runs of the editor's text whose characters lie under
 * `boxes`, sorted. A character is under a box when the middle of its own box is; collapsed whitespace
 * (no box, as at a line wrap) joins a run only between two characters of it.
 */
export function textUnderBoxes({ editor, boxes }: { editor: string; boxes: Rect[] }): string[] {
  const root = document.querySelector(editor);
  if (!root) throw new Error(`no ${editor}`);
  const runs: string[] = [];
  let run = "";
  let pending = "";
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = 0; at < node.data.length; at++) {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const box = [...range.getClientRects()].find((rect) => rect.width > 0);
      if (!box) {
        if (run) pending += node.data[at];
        continue;
      }
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      if (boxes.some((mark) => x > mark.left && x < mark.right && y > mark.top && y < mark.bottom)) {
        run += pending + node.data[at];
      } else if (run) {
        runs.push(run);
        run = "";
      }
      pending = "";
    }
  }
  if (run) runs.push(run);
  return runs.sort();
}

/** The text our marks cover in a contenteditable `editor`, read back through the editor's layout. */
export async function markedText(page: Page, editor: string): Promise<string[]> {
  const boxes = (await overlayMarks(page)).flatMap((mark) => mark.visible);
  return page.evaluate(textUnderBoxes, { editor, boxes });
}

/** Resolves after the page has rendered two more frames: the overlay re-measures once per frame. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** What a look at the marks found: how many showed, and each one out of place. */
export interface Look {
  marks: number;
  wrong: string[];
}

/**
 * Scrolls the element `selector` finds from top to bottom, a third of its height at a time, and at each
 * stop, once the overlay has re-measured, takes `look`. Returns every mark found out of place and how
 * many stops showed marks.
 */
export async function scrollThrough(
  page: Page,
  selector: string,
  look: (scrollTop: number) => Promise<Look>,
): Promise<{ stopsWithMarks: number; wrong: string[] }> {
  const { height, max } = await page.locator(selector).evaluate((element: HTMLElement) => ({
    height: element.clientHeight,
    max: element.scrollHeight - element.clientHeight,
  }));
  let stopsWithMarks = 0;
  const wrong: string[] = [];
  for (let top = 0; top <= max + height / 3; top += height / 3) {
    await page.locator(selector).evaluate((element: HTMLElement, to) => {
      element.scrollTop = to;
    }, top);
    await nextFrames(page);
    const seen = await look(top);
    if (seen.marks > 0) stopsWithMarks++;
    wrong.push(...seen.wrong);
  }
  return { stopsWithMarks, wrong };
}
