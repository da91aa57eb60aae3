import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clickAccessible,
  type LaunchedExtension,
  launchExtension,
  serveSite,
  waitForAccessible,
  waitForAccessibleGone,
} from "./harness";
import { fixtureOrigins, MESSAGE_SURFACES } from "./surface-cases";
import {
  keyboardAnywayPostsOnce,
  keyboardIsStoppedAndEditReturns,
  modelText,
  openAndType,
  postsFor,
  settle,
  sharedSurfaceTests,
  submitted,
  waitForSubmits,
} from "./surface-suite";
import { overlayMarks } from "./textarea-overlay-geometry";

/**
 * The surfaces of issue 6 (LinkedIn, Instagram, X direct messages, Messenger): the built extension in
 * Chromium on fixture pages that run the sites' real editor libraries (Quill, Lexical, Draft.js, React
 * textareas) at the sites' real URLs. The shared tests are in surface-suite.ts (the same promises as
 * compose.test.ts), the surfaces in surface-cases.ts; textareas are highlighted by the overlay in our closed
 * shadow root, read there through the DevTools protocol and checked against the browser's own layout of the
 * textarea. docs/sites.md lists each surface and points here.
 */
let launched: LaunchedExtension;
beforeAll(async () => {
  launched = await launchExtension();
  for (const [origin, fixture] of fixtureOrigins(MESSAGE_SURFACES)) {
    await serveSite(launched.context, origin, fixture);
  }
});
afterAll(async () => {
  await launched?.close();
});

describe.each(MESSAGE_SURFACES)("$site $surface $variant", (surface) => {
  const posts = postsFor(surface.site, surface.surface);
  const { high, spans } = posts;
  const open = (text: string) => openAndType(launched.context, surface.url, surface.editor, text);

  sharedSurfaceTests(surface, posts, () => launched.context, "message");

  it("fixes a finding through the editor: its model changes", async () => {
    const page = await open(high);
    await clickAccessible(page, "button", /^Safe Harbor: high risk/);
    await clickAccessible(page, "button", "Fix");
    const first = spans[0] as { start: number; end: number };
    const span = high.slice(first.start, first.end);
    await page.waitForFunction((text) => !window.fixture.text().includes(text), span);
    const fixed = await modelText(page);
    expect(fixed.startsWith(high.slice(0, first.start))).toBe(true);
    expect(fixed.endsWith(high.slice(first.end))).toBe(true);
    expect(fixed).not.toBe(high);
    await page.close();
  });

  it.runIf(surface.keyboard)("stops the keyboard send, Edit returns to the editor; anyway sends once", async () => {
    const page = await open(high);
    await keyboardIsStoppedAndEditReturns(page, surface, high);
    await keyboardAnywayPostsOnce(page, surface, high);
    await page.close();
  });
});

/**
 * A box no adapter knows (a site redesign): the generic fallback still checks it, marks it, and holds
 * Enter and Ctrl+Enter while the text has findings. Clicks are not gated: no control is known.
 */
describe("generic fallback on a box no adapter knows", () => {
  const { high, clean } = postsFor("instagram", "unknown");
  const URL = "https://www.instagram.com/redesigned/";

  const open = (text: string): Promise<Page> => openAndType(launched.context, URL, "textarea", text);

  it.each(["Enter", "Control+Enter"])("holds %s for a high post and lets it through once on request", async (key) => {
    const page = await open(high);
    // The badge says the box is watched by the fallback, not by a site adapter.
    await waitForAccessible(page, "status", /^Safe Harbor: high risk.*\(fallback mode\)$/);
    await expect.poll(async () => (await overlayMarks(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.keyboard.press(key);
    await waitForAccessible(page, "alertdialog", /Safe Harbor/);
    expect(await submitted(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await waitForAccessibleGone(page, "alertdialog", /Safe Harbor/);
    expect(await submitted(page)).toEqual([]);
    await page.keyboard.press(key);
    await clickAccessible(page, "button", "Post anyway");
    await waitForSubmits(page, 1);
    await settle(page);
    expect(await submitted(page)).toEqual([high]);
    await page.close();
  });

  it("lets Enter through for a clean message", async () => {
    const page = await open(clean);
    await waitForAccessible(page, "status", /^Safe Harbor: no problems found \(fallback mode\)$/);
    await page.keyboard.press("Enter");
    await waitForSubmits(page, 1);
    expect(await submitted(page)).toEqual([clean]);
    await page.close();
  });
});
