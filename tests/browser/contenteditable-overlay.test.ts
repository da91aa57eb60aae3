import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
// Window.fixture: what the fixture pages expose in the page world.
import type {} from "../fixtures/src/fixture-api";
import { type LaunchedExtension, launchExtension, serveSite, waitForAccessible } from "./harness";
import { intersection, markedText, nextFrames, overlayMarks, type Rect, scrollThrough } from "./overlay-marks";
import { postsFor } from "./surface-suite";

/**
 * Marks over a contenteditable (X's Draft.js editor) stay on the text they mark: after the page scrolls,
 * the editor scrolls inside itself or inside a scrolling box around it, and the text is edited. They are
 * boxes in our closed shadow root, so each is checked against the editor's own layout: the characters
 * under the visible boxes must be exactly the risky spans' (overlay-marks.ts › `markedText`), and no box
 * may show outside the part of the editor the user can see.
 */
const URL = "https://x.com/home";
const EDITOR = '[data-testid="tweetTextarea_0"]';
const CONTAINER = '[data-testid="tweetTextarea_0RichTextInputContainer"]';

const { high } = postsFor("x", "post");
const FILLER = "Thanks everyone for a great week on the unit, see you all at the picnic on Saturday.";
/** Twelve clean sentences, the risky post, three more: in a short scrolling box the risky text is out of sight at first. */
const LONG = [...Array(12).fill(FILLER), high, ...Array(3).fill(FILLER)].join(" ");
const spanTextsOf = (text: string) =>
  check(text, { site: "x", surface: "post" })
    .findings.flatMap((finding) => (finding.end !== undefined ? [text.slice(finding.start ?? 0, finding.end)] : []))
    .sort();
const SPAN_TEXTS = spanTextsOf(LONG);

let launched: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  if (SPAN_TEXTS.length === 0) throw new Error("the engine flags nothing in the test post");
  launched = await launchExtension();
  await serveSite(launched.context, "https://x.com", "x.html");
  page = await launched.context.newPage();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(URL);
  // A narrow editor: the post wraps over many lines.
  await page.locator(CONTAINER).evaluate((container: HTMLElement) => {
    container.style.width = "320px";
  });
  await page.click(EDITOR);
  await page.keyboard.insertText(LONG);
  await page.waitForFunction((expected) => window.fixture.text() === expected, LONG);
  await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
});
afterAll(async () => {
  await launched?.close();
});

/** Sets inline styles on the element `selector` finds (the fixture's own markup, not ours). */
function restyle(selector: string, style: Partial<Record<"maxHeight" | "overflowY", string>>): Promise<void> {
  return page.locator(selector).evaluate((element: HTMLElement, values) => {
    Object.assign(element.style, values);
  }, style);
}

/** The part of `selector`'s element that shows its content: its padding box, scrollbar excluded. */
function clientBox(selector: string): Promise<Rect> {
  return page.locator(selector).evaluate((element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    const left = rect.left + element.clientLeft;
    const top = rect.top + element.clientTop;
    return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
  });
}

describe("marks over a contenteditable", () => {
  it("cover exactly the risky spans, where the editor lays them out", async () => {
    await expect.poll(() => markedText(page, EDITOR), { timeout: 10_000 }).toEqual(SPAN_TEXTS);
  });

  it("hide while the editor's text differs from the text they were computed for, then return on the new offsets", async () => {
    // Keep the worker busy so that no check of the edited text can answer while the marks are looked at.
    const busyMs = 4_000;
    const busyUntil = Date.now() + busyMs;
    await launched.worker.evaluate((ms) => {
      setTimeout(() => {
        const until = Date.now() + ms;
        while (Date.now() < until);
      });
    }, busyMs);
    await page.keyboard.press("Control+Home");
    await page.keyboard.insertText("Hi all. ");
    const edited = `Hi all. ${LONG}`;
    await page.waitForFunction((expected) => window.fixture.text() === expected, edited);
    await nextFrames(page);
    // Every offset moved by 8: marks left from the old text would sit 8 characters early.
    expect(await overlayMarks(page)).toEqual([]);
    expect(Date.now(), "the marks were read while no check could answer").toBeLessThan(busyUntil);
    await expect.poll(() => markedText(page, EDITOR), { timeout: 20_000 }).toEqual(spanTextsOf(edited));
  });

  it("follow the page when it scrolls", async () => {
    await page.evaluate(() => {
      document.body.style.paddingTop = "200px";
      document.body.style.height = "3000px";
    });
    for (const y of [0, 70, 150]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await nextFrames(page);
      expect(await markedText(page, EDITOR), `page scrolled to ${y}`).toEqual(SPAN_TEXTS);
    }
  });

  describe.each([
    { scroller: EDITOR, what: "the editor scrolls inside itself" },
    { scroller: CONTAINER, what: "a box around the editor scrolls" },
  ])("when $what", ({ scroller }) => {
    afterEach(async () => {
      await restyle(scroller, { maxHeight: "", overflowY: "" });
    });

    it("follow the text and show nothing outside the box", async () => {
      await restyle(scroller, { maxHeight: "60px", overflowY: "auto" });
      const { stopsWithMarks, wrong } = await scrollThrough(page, scroller, async (top) => {
        const visible = await clientBox(scroller);
        const boxes = (await overlayMarks(page)).flatMap((mark) => mark.visible);
        const outside = boxes.filter((box) => {
          const inside = intersection(box, { ...visible, right: visible.right + 0.5, bottom: visible.bottom + 0.5 });
          return JSON.stringify(inside) !== JSON.stringify(box);
        });
        // A line cut by the box's edge shows part of a span; anything else under a mark is misplaced.
        const marked = await markedText(page, EDITOR);
        const misplaced = marked.filter((text) => !SPAN_TEXTS.some((span) => span.includes(text)));
        return {
          marks: marked.length,
          wrong: [
            ...outside.map((box) => `scrollTop ${top}: mark ${JSON.stringify(box)} outside ${JSON.stringify(visible)}`),
            ...misplaced.map((text) => `scrollTop ${top}: "${text}" marked`),
          ],
        };
      });
      expect(wrong).toEqual([]);
      expect(stopsWithMarks).toBeGreaterThan(0);
      // Scrolled back to the top, the risky sentence is out of sight and so are its marks.
      await page.locator(scroller).evaluate((element: HTMLElement) => {
        element.scrollTop = 0;
      });
      await nextFrames(page);
      expect(await overlayMarks(page).then((marks) => marks.flatMap((mark) => mark.visible))).toEqual([]);
    });
  });

  it("go away with their composer", async () => {
    expect(await page.evaluate(() => document.querySelectorAll("safe-harbor-overlay").length)).toBe(1);
    await page.locator(CONTAINER).evaluate((container) => container.remove());
    await page.waitForFunction(() => document.querySelectorAll("safe-harbor-overlay").length === 0);
  });
});
