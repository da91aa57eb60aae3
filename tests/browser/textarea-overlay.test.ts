import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
// Window.fixture: what the fixture pages expose in the page world.
import type {} from "../fixtures/src/fixture-api";
import { type LaunchedExtension, launchExtension, serveSite, waitForAccessible } from "./harness";
import { nextFrames, scrollThrough } from "./overlay-marks";
import { placedMarks } from "./textarea-overlay-geometry";

/**
 * The textarea overlay stays on the text it marks: at every scroll position of a long textarea, after
 * the font size changes, the textarea is resized, the page scrolls and the text is edited. Positions are
 * checked against the browser's own layout of the textarea (`caretPositionFromPoint` at each visible
 * mark's left and right edges must give its span's offsets), so a mirror that drifts by a line, a
 * character or a scroll offset fails. Runs on X Chat's textarea.
 */
const URL = "https://x.com/i/chat/1-2";
const TEXTAREA = '[data-testid="dm-composer-textarea"]';

interface DevRecord {
  expect: string;
  text: string;
}
const HIGH = readFileSync("../shared/corpus/dev.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as DevRecord)
  .find((record) => record.expect === "high" && /^[\x20-\x7e]+$/.test(record.text) && record.text.length <= 200)
  ?.text as string;
const FILLER = "Thanks everyone for a great week on the unit, see you all at the picnic on Saturday.";
/** Twenty clean lines, the risky post, five more clean lines: the risky text is out of sight at first. */
const LONG = [...Array(20).fill(FILLER), HIGH, ...Array(5).fill(FILLER)].join("\n");
const spansOf = (text: string) =>
  check(text, { site: "x", surface: "message" }).findings.flatMap((finding) =>
    finding.end !== undefined ? [{ start: finding.start ?? 0, end: finding.end }] : [],
  );

/**
 * Scrolls the textarea from top to bottom a third of its height at a time and, at each stop, reads back
 * every visible mark through the textarea's own layout. Returns the stops that showed marks and every
 * mark found out of place.
 */
async function sweep(page: Page, text: string): Promise<{ stopsWithMarks: number; wrong: string[] }> {
  const spans = spansOf(text);
  return scrollThrough(page, TEXTAREA, async (top) => {
    const placed = await placedMarks(page, TEXTAREA);
    const misplaced = placed.filter(
      (mark) =>
        !spans.some((span) => span.start === mark.start && span.end === mark.end) ||
        text.slice(mark.start ?? 0, mark.end ?? 0) !== mark.text,
    );
    return {
      marks: placed.length,
      wrong: misplaced.map((mark) => `scrollTop ${top}: "${mark.text}" drawn over ${mark.start}..${mark.end}`),
    };
  });
}

async function expectAlignedEverywhere(page: Page, text = LONG): Promise<void> {
  const { stopsWithMarks, wrong } = await sweep(page, text);
  expect(wrong).toEqual([]);
  expect(stopsWithMarks).toBeGreaterThan(0);
}

describe("textarea overlay", () => {
  let launched: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    if (!HIGH || spansOf(LONG).length === 0) throw new Error("the dev corpus has no typable high post to mark");
    launched = await launchExtension();
    await serveSite(launched.context, "https://x.com", "x-dm.html");
    page = await launched.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(URL);
    await page.locator(TEXTAREA).fill(LONG);
    await page.waitForFunction((expected) => window.fixture.text() === expected, LONG);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
  });
  afterAll(async () => {
    await launched?.close();
  });

  it("marks the risky spans where the textarea draws them, at every scroll position", async () => {
    await expectAlignedEverywhere(page);
  });

  it("shows no mark while the risky lines are scrolled out of the textarea", async () => {
    await page.locator(TEXTAREA).evaluate((textarea: HTMLTextAreaElement) => {
      textarea.scrollTop = 0;
    });
    await nextFrames(page);
    expect(await placedMarks(page, TEXTAREA)).toEqual([]);
  });

  it("follows a font size change, then a resize of the textarea", async () => {
    await page.locator(TEXTAREA).evaluate((textarea: HTMLTextAreaElement) => {
      textarea.style.fontSize = "19px";
      textarea.style.lineHeight = "26px";
    });
    await expectAlignedEverywhere(page);
    await page.locator(TEXTAREA).evaluate((textarea: HTMLTextAreaElement) => {
      textarea.style.width = "240px";
      textarea.style.height = "160px";
    });
    await expectAlignedEverywhere(page);
  });

  it("follows the page when it scrolls", async () => {
    await page.evaluate(() => {
      document.body.style.paddingTop = "200px";
      document.body.style.height = "3000px";
      window.scrollTo(0, 150);
    });
    await expectAlignedEverywhere(page);
  });

  it("after an edit, marks sit on the new offsets once the new check is in", async () => {
    await page.locator(TEXTAREA).evaluate((textarea: HTMLTextAreaElement) => textarea.setSelectionRange(0, 0));
    await page.locator(TEXTAREA).focus();
    await page.keyboard.type("Hi all. ");
    const edited = `Hi all. ${LONG}`;
    await page.waitForFunction((expected) => window.fixture.text() === expected, edited);
    // Every offset moved by 8: a mark left from the old text would sit 8 characters early. Right after
    // the edit, before any new check can have answered, no mark may be out of place (hidden is fine).
    expect((await sweep(page, edited)).wrong).toEqual([]);
    await expect
      .poll(
        async () => {
          const { stopsWithMarks, wrong } = await sweep(page, edited);
          return stopsWithMarks > 0 ? wrong : ["no marks yet"];
        },
        { timeout: 20_000 },
      )
      .toEqual([]);
  });
});
