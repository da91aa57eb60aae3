import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickAccessible, type LaunchedExtension, launchExtension, serveSite, waitForAccessible } from "./harness";
import { COMPOSE_SURFACES, fixtureOrigins } from "./surface-cases";
import {
  capitalized,
  keyboardAnywayPostsOnce,
  keyboardIsStoppedAndEditReturns,
  modelText,
  openAndType,
  postsFor,
  sharedSurfaceTests,
} from "./surface-suite";

/**
 * One suite for every site and compose surface: the built extension in Chromium, on fixture pages that
 * run the sites' real editor libraries (Draft.js for X, Lexical for Facebook) at the sites' real URLs.
 * The shared tests are in surface-suite.ts, the surfaces in surface-cases.ts; these surfaces also keep
 * editing after a fix and have a keyboard shortcut with its own "anyway". docs/sites.md lists each surface
 * and points here.
 */
describe.each(COMPOSE_SURFACES)("$site $surface", (surface) => {
  const posts = postsFor(surface.site, surface.surface);
  const { high } = posts;
  const capital = capitalized(surface.verb);
  let launched: LaunchedExtension;

  beforeAll(async () => {
    launched = await launchExtension();
    for (const [origin, fixture] of fixtureOrigins(COMPOSE_SURFACES)) {
      await serveSite(launched.context, origin, fixture);
    }
  });
  afterAll(async () => {
    await launched?.close();
  });

  const open = (text: string) => openAndType(launched.context, surface.url, surface.editor, text);

  sharedSurfaceTests(surface, posts, () => launched.context, "post");

  it("fixes a finding through the editor: its model changes, and typing, Backspace and undo still work", async () => {
    const page = await open(high);
    await clickAccessible(page, "button", /^Safe Harbor: high risk/);
    await clickAccessible(page, "button", "Fix");
    // "Fix" in the panel fixes the first finding in text order.
    const firstSpan = posts.spans[0] as { start: number; end: number };
    const first = high.slice(firstSpan.start, firstSpan.end);
    await page.waitForFunction((span) => !window.fixture.text().includes(span), first);
    const fixed = await modelText(page);
    expect(fixed.startsWith(high.slice(0, high.indexOf(first)))).toBe(true);
    expect(fixed.length).toBeGreaterThan(0);

    await page.keyboard.press("Control+End");
    await page.keyboard.type("!");
    await page.waitForFunction((expected) => window.fixture.text() === expected, `${fixed}!`);
    await page.keyboard.press("Backspace");
    await page.waitForFunction((expected) => window.fixture.text() === expected, fixed);
    let restored = false;
    for (let undo = 0; undo < 6 && !restored; undo++) {
      await page.keyboard.press("Control+z");
      restored = (await modelText(page)).includes(first);
    }
    expect(restored).toBe(true);
    await page.close();
  });

  it.runIf(surface.keyboard)("stops the keyboard shortcut, and Edit returns to the editor", async () => {
    const page = await open(high);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    await keyboardIsStoppedAndEditReturns(page, surface, high);
    await page.close();
  });

  it.runIf(surface.keyboard)(`"${capital} anyway" lets the keyboard shortcut through exactly once`, async () => {
    const page = await open(high);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    await keyboardAnywayPostsOnce(page, surface, high);
    await page.close();
  });
});
