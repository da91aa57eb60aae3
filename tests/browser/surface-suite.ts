import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { expect, it } from "vitest";
import { check } from "../../src/core/check";
import type { Site, Surface } from "../../src/core/types";
// Window.fixture: what the fixture pages expose in the page world.
import type {} from "../fixtures/src/fixture-api";
import { clickAccessible, focusedAccessible, waitForAccessible, waitForAccessibleGone } from "./harness";
import { markedText, overlayMarks } from "./overlay-marks";
import type { SurfaceCase } from "./surface-cases";
import { placedMarks } from "./textarea-overlay-geometry";

/**
 * The suite every compose surface passes in Chromium (compose.test.ts and surfaces.test.ts run it with
 * `describe.each` over their tables in surface-cases.ts), and the page helpers those files share for the
 * tests that differ between them.
 */

interface DevRecord {
  expect: string;
  text: string;
}
const DEV: DevRecord[] = readFileSync("../shared/corpus/dev.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as DevRecord);

/** Plain ASCII that fits in a post, so the keyboard can type it as a person would. */
const typable = (text: string) => /^[\x20-\x7e]+$/.test(text) && text.length <= 200;

export interface Posts {
  /** A dev-corpus high post the engine flags high with spans. */
  high: string;
  /** A dev-corpus clean post the engine leaves alone. */
  clean: string;
  /** The high post's risky spans, in text order. */
  spans: Array<{ start: number; end: number }>;
  /** The text of those spans, sorted (as our marks are read back). */
  spanTexts: string[];
}

export function postsFor(site: Site, surface: Surface): Posts {
  const high = DEV.find((record) => {
    if (record.expect !== "high" || !typable(record.text)) return false;
    const result = check(record.text, { site, surface });
    return result.verdict === "high" && result.findings.some((finding) => finding.end !== undefined);
  });
  const clean = DEV.find(
    (record) =>
      record.expect === "none" && typable(record.text) && check(record.text, { site, surface }).verdict === "none",
  );
  if (!high || !clean) throw new Error("the dev corpus has no typable high/clean post the engine agrees with");
  const spans = check(high.text, { site, surface })
    .findings.flatMap((finding) => (finding.end !== undefined ? [{ start: finding.start ?? 0, end: finding.end }] : []))
    .sort((a, b) => a.start - b.start);
  const spanTexts = spans.map((span) => high.text.slice(span.start, span.end)).sort();
  return { high: high.text, clean: clean.text, spans, spanTexts };
}

export const modelText = (page: Page) => page.evaluate(() => window.fixture.text());
export const submitted = (page: Page) => page.evaluate(() => window.fixture.submitted);
export const waitForSubmits = (page: Page, count: number) =>
  page.waitForFunction((n) => window.fixture.submitted.length >= n, count, { timeout: 10_000 });
/** Lets any queued task run: a second (wrong) submit would have been dispatched by then. */
export const settle = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
/** Whether keyboard focus is in the editor. */
export const editorFocused = (page: Page, editor: string) =>
  page.evaluate((selector) => document.activeElement?.matches(selector), editor);

/** A new tab at `url`, with `text` typed into `editor` as a person would and in the editor's model. */
export async function openAndType(context: BrowserContext, url: string, editor: string, text: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.click(editor);
  await page.keyboard.type(text);
  await page.waitForFunction((expected) => window.fixture.text() === expected, text);
  return page;
}

export const GATE_NAME = /Safe Harbor/;
export const capitalized = (verb: string) => verb.charAt(0).toUpperCase() + verb.slice(1);

/**
 * The surface's keyboard shortcut on a high post: the gate stops it (the page's handler is not called) and
 * "Edit …" returns to the editor with the text untouched.
 */
export async function keyboardIsStoppedAndEditReturns(page: Page, surface: SurfaceCase, high: string): Promise<void> {
  await page.keyboard.press(surface.keyboard as string);
  await waitForAccessible(page, "alertdialog", GATE_NAME);
  expect(await submitted(page)).toEqual([]);
  await clickAccessible(page, "button", `Edit ${surface.verb}`);
  await waitForAccessibleGone(page, "alertdialog", GATE_NAME);
  expect(await editorFocused(page, surface.editor)).toBe(true);
  expect(await submitted(page)).toEqual([]);
  expect(await modelText(page)).toBe(high);
}

/** The surface's keyboard shortcut on a high post, then "… anyway": the post goes through exactly once. */
export async function keyboardAnywayPostsOnce(page: Page, surface: SurfaceCase, high: string): Promise<void> {
  await page.keyboard.press(surface.keyboard as string);
  await clickAccessible(page, "button", `${capitalized(surface.verb)} anyway`);
  await waitForSubmits(page, 1);
  await settle(page);
  expect(await submitted(page)).toEqual([high]);
}

/**
 * The tests every surface shares, registered in the caller's `describe`: highlights and badge, the gate
 * on a click (Escape returns), "… anyway" once, a clean post untouched. `context` is read when a test
 * runs (the browser starts in a `beforeAll`). `noun` names what is posted in the test names.
 */
export function sharedSurfaceTests(
  surface: SurfaceCase,
  posts: Posts,
  context: () => BrowserContext,
  noun: "post" | "message",
): void {
  const { high, clean, spans, spanTexts } = posts;
  const capital = capitalized(surface.verb);
  const open = (text: string) => openAndType(context(), surface.url, surface.editor, text);

  it("highlights the risky spans of a high post, in place, and shows the badge", async () => {
    const page = await open(high);
    const badge = await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    // A site adapter knows this surface: the badge must not claim the generic fallback is watching it.
    expect(badge.name).not.toMatch(/fallback/);
    if (!surface.textarea) {
      // Each mark covers exactly the characters of its span, where the editor lays them out.
      await expect.poll(() => markedText(page, surface.editor), { timeout: 10_000 }).toEqual(spanTexts);
    } else {
      await expect
        .poll(async () => (await overlayMarks(page)).map((mark) => mark.text).sort(), { timeout: 10_000 })
        .toEqual(spanTexts);
      // Each visible mark's edges fall on its span's first and last character in the textarea's own layout.
      const placed = await placedMarks(page, surface.editor);
      expect(placed.length).toBeGreaterThan(0);
      for (const mark of placed) {
        expect(spans).toContainEqual({ start: mark.start, end: mark.end });
        expect(high.slice(mark.start ?? 0, mark.end ?? 0)).toBe(mark.text);
      }
    }
    await page.close();
  });

  it("stops a click on the submit control; the page's own handler is not called; Escape returns to the editor", async () => {
    const page = await open(high);
    // No wait for the badge: the gate must check the text itself when the click beats the debounce.
    await page.click(surface.submit);
    await waitForAccessible(page, "alertdialog", GATE_NAME);
    expect(await focusedAccessible(page)).toEqual({ role: "button", name: `Edit ${surface.verb}` });
    expect(await submitted(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await waitForAccessibleGone(page, "alertdialog", GATE_NAME);
    expect(await editorFocused(page, surface.editor)).toBe(true);
    expect(await submitted(page)).toEqual([]);
    expect(await modelText(page)).toBe(high);
    await page.close();
  });

  it(`"${capital} anyway" lets the click through exactly once`, async () => {
    const page = await open(high);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    await page.click(surface.submit);
    await clickAccessible(page, "button", `${capital} anyway`);
    await waitForSubmits(page, 1);
    await settle(page);
    expect(await submitted(page)).toEqual([high]);
    await waitForAccessibleGone(page, "alertdialog", GATE_NAME);
    await page.close();
  });

  it(`lets a clean ${noun} through untouched, with no modal`, async () => {
    const page = await open(clean);
    await waitForAccessible(page, "status", /^Safe Harbor: no problems found/);
    await page.click(surface.submit);
    await waitForSubmits(page, 1);
    expect(await submitted(page)).toEqual([clean]);
    if (surface.keyboard) {
      await page.click(surface.editor);
      await page.keyboard.type(clean);
      await page.waitForFunction((expected) => window.fixture.text() === expected, clean);
      await page.keyboard.press(surface.keyboard);
      await waitForSubmits(page, 2);
      expect(await submitted(page)).toEqual([clean, clean]);
    }
    expect(await page.evaluate(() => document.querySelectorAll("safe-harbor-gate").length)).toBe(0);
    await page.close();
  });
}
