import type { Page } from "playwright-core";
import { overlayMarks } from "./overlay-marks";

/**
 * Measuring the textarea overlay from outside, for tests. Its marks are read from our closed shadow root
 * through the DevTools protocol (overlay-marks.ts). The textarea's own layout is read with
 * `document.caretPositionFromPoint`, which Chromium answers with the textarea and an offset into its
 * value: the browser's layout, not ours.
 */

// surfaces.test.ts counts the fallback textarea's marks with it.
export { overlayMarks };

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
  const middle = (fragment: { top: number; bottom: number }) => (fragment.top + fragment.bottom) / 2;
  const placed: PlacedMark[] = [];
  for (const { text, fragments } of await overlayMarks(page)) {
    // The left edge of the mark's first line fragment and the right edge of its last.
    const first = fragments[0];
    const last = fragments.at(-1);
    if (!first || !last || !inside(first.left + 1.5, middle(first)) || !inside(last.right - 1.5, middle(last)))
      continue;
    placed.push({
      text,
      start: await textareaOffsetAt(page, first.left + 1.5, middle(first)),
      end: await textareaOffsetAt(page, last.right - 1.5, middle(last)),
    });
  }
  return placed;
}
