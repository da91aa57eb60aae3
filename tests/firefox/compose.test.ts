import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
import type { Site, Surface } from "../../src/core/types";
import { GECKO_ID } from "../../src/tools/manifest";
import { intersection, type Rect, textUnderBoxes } from "../browser/overlay-marks";
import { surfaceCase } from "../browser/surface-cases";
// Window.fixture: what the fixture pages expose in the page world.
import type {} from "../fixtures/src/fixture-api";
import {
  accessibleNodes,
  clickAccessible,
  closedShadowRoots,
  optionsControlState as controlState,
  DIST_FIREFOX,
  focusedInSafeHarbor,
  inClosedShadowRoots,
  type LaunchedFirefox,
  launchFirefox,
  openExtensionPage,
  serveFixtures,
  siteFixture,
  waitForAccessible,
  waitForAccessibleGone,
} from "./harness";

/**
 * The built extension in real Firefox, on the fixture pages that run the sites' real editor libraries
 * (Draft.js for X, Lexical for Facebook; Quill for LinkedIn and a textarea for Instagram, once each) at
 * the sites' real URLs: the content script injects, the
 * background event page judges, findings come back as a badge and highlights, and the gate stops a
 * high post. Chromium runs the full per-surface suite (tests/browser/compose.test.ts); this checks the
 * same promises where Firefox differs: content script sandbox (Xray), event page, editors' input
 * handling, marks drawn in a closed shadow root.
 */
interface SurfaceCase {
  site: Site;
  surface: Surface;
  url: string;
  editor: string;
  /** The post control, where the fixture gives it a box to click. */
  submit?: string;
  /** The keys that post on this surface, if any (puppeteer presses the modifier and the key apart). */
  keyboard?: { modifier?: "Control"; key: "Enter" };
  /** The gate's buttons read "Edit <verb>" and "<Verb> anyway". */
  verb: string;
}

/** A case of the Chromium suites' table (tests/browser/surface-cases.ts), with its keys for puppeteer. */
function fromTable(site: Site, surface: Surface): SurfaceCase {
  const { url, editor, submit, keyboard, verb } = surfaceCase(site, surface);
  const [modifier, key] = keyboard?.includes("+") ? keyboard.split("+") : [undefined, keyboard];
  if (modifier !== undefined && modifier !== "Control") throw new Error(`no puppeteer keys for ${keyboard}`);
  if (key !== undefined && key !== "Enter") throw new Error(`no puppeteer keys for ${keyboard}`);
  return { site, surface, url, editor, submit, keyboard: key ? { modifier, key } : undefined, verb };
}

const X_POST = fromTable("x", "post");
const FACEBOOK_POST = fromTable("facebook", "post");
const FACEBOOK_COMMENT: SurfaceCase = {
  ...fromTable("facebook", "comment"),
  // The fixture's comment control is an icon with no box of its own: the keyboard is how it posts.
  submit: undefined,
};
/** The other editor kinds, checked once each: Quill (LinkedIn) and a React textarea (Instagram). */
const LINKEDIN_POST = fromTable("linkedin", "post");
const INSTAGRAM_COMMENT: SurfaceCase = {
  ...fromTable("instagram", "comment"),
  // Checked here by its keyboard, Enter.
  submit: undefined,
};
const CLICKED = [X_POST, FACEBOOK_POST];
const KEYED = [X_POST, FACEBOOK_COMMENT];
const ALL = [X_POST, FACEBOOK_POST, FACEBOOK_COMMENT, LINKEDIN_POST, INSTAGRAM_COMMENT];

const HIGH_POST = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";
const CLEAN_POST = "Great turnout at the 5k for the children's hospital this morning";
const GATE_ROLES = ["alertdialog", "dialog"];
const GATE = /Safe Harbor/;
const HIGH_BADGE = /^Safe Harbor: high risk/;

const capitalized = (verb: string) => verb.charAt(0).toUpperCase() + verb.slice(1);
const submitted = (page: Page) => page.evaluate(() => window.fixture.submitted);
const waitForSubmits = (page: Page, count: number) =>
  page.waitForFunction((n: number) => window.fixture.submitted.length >= n, { timeout: 10_000 }, count);
/** Lets any queued task run: a second (wrong) submit would have been dispatched by then. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(done, 0)));

async function pressPostKeys(page: Page, keys: NonNullable<SurfaceCase["keyboard"]>): Promise<void> {
  if (keys.modifier) await page.keyboard.down(keys.modifier);
  await page.keyboard.press(keys.key);
  if (keys.modifier) await page.keyboard.up(keys.modifier);
}

/**
 * The text our marks cover in `editor`. The marks are boxes in our closed shadow root: their visible parts
 * are read there with BiDi's privileges (`inClosedShadowRoots`), then mapped back to the editor's text
 * through the editor's own layout in the page (`textUnderBoxes`, shared with the Chromium tests).
 */
async function markedText(page: Page, editor: string): Promise<string[]> {
  const overlays = await inClosedShadowRoots(
    page,
    `(root) => {
      const clip = root.querySelector(".box");
      const rect = (box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
      const area = clip && clip.getClientRects()[0];
      if (!area) return "null";
      const marks = [...clip.querySelectorAll("mark")].flatMap((mark) => [...mark.getClientRects()].map(rect));
      return JSON.stringify({ clip: rect(area), marks });
    }`,
  );
  const boxes = overlays.flatMap((json) => {
    const overlay = JSON.parse(json) as { clip: Rect; marks: Rect[] } | null;
    return overlay ? overlay.marks.flatMap((mark) => intersection(mark, overlay.clip) ?? []) : [];
  });
  return page.evaluate(textUnderBoxes, { editor, boxes });
}

const spansOf = (text: string, { site, surface }: SurfaceCase) =>
  check(text, { site, surface })
    .findings.flatMap((finding) => (finding.end !== undefined ? [text.slice(finding.start ?? 0, finding.end)] : []))
    .sort();

describe("the engine agrees with these test posts", () => {
  it.each(ALL)("$site $surface: high is high, clean is clean", (surface) => {
    expect(check(HIGH_POST, surface).verdict).toBe("high");
    expect(check(CLEAN_POST, surface).verdict).toBe("none");
    expect(spansOf(HIGH_POST, surface).length).toBeGreaterThan(0);
  });
});

describe("Firefox: the built extension on X and Facebook", () => {
  // One Firefox for every case (a start costs 5-8 s on CI); each test has its own tab.
  let firefox: LaunchedFirefox;
  beforeAll(async () => {
    firefox = await launchFirefox(undefined, { systemAccess: true });
  });
  const brokenCopies: string[] = [];
  afterAll(async () => {
    await firefox?.close();
    for (const dir of brokenCopies) rmSync(dir, { recursive: true, force: true });
  });

  async function openAndType(surface: SurfaceCase, text: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await serveFixtures(page, {
      "https://x.com": siteFixture("x.html"),
      "https://www.facebook.com": siteFixture("facebook.html"),
      "https://www.linkedin.com": siteFixture("linkedin.html"),
      "https://www.instagram.com": siteFixture("instagram.html"),
    });
    await page.goto(surface.url);
    await page.waitForSelector(surface.editor);
    await page.click(surface.editor);
    await page.keyboard.type(text);
    await page.waitForFunction((expected: string) => window.fixture.text() === expected, {}, text);
    return page;
  }

  it("installs under the gecko id policies.json addresses", () => {
    expect(firefox.extensionId).toBe(GECKO_ID);
  });

  it.each(CLICKED)(
    "$site $surface: injects, judges in the background, shows the verdict and highlights",
    async (surface) => {
      const page = await openAndType(surface, HIGH_POST);
      await waitForAccessible(page, "status", HIGH_BADGE);
      const spans = spansOf(HIGH_POST, surface);
      await expect.poll(() => markedText(page, surface.editor), { timeout: 10_000 }).toEqual(spans);
      // The marks are ours alone: the page's highlight registry holds nothing.
      expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
      // The UI stays closed to the page: the test reached it with BiDi's privileges, the page cannot.
      expect((await closedShadowRoots(page)).length).toBeGreaterThan(0);
      const openRoots = await page.evaluate(
        () => [...document.querySelectorAll("*")].filter((n) => n.shadowRoot).length,
      );
      expect(openRoots).toBe(0);
      await page.close();
    },
  );

  // The fix goes through the editor as typed input (`execCommand("insertText")` after selecting the
  // range). Firefox runs execCommand from the content script's sandbox against the page's document and
  // fires the same beforeinput/input the editors listen to, so no fallback is needed; the textarea path
  // keeps `setRangeText` + an input event for a browser where execCommand returns false.
  it.each(CLICKED)("$site $surface: Fix changes the editor's own model, and typing still works", async (surface) => {
    const page = await openAndType(surface, HIGH_POST);
    await clickAccessible(page, "button", HIGH_BADGE);
    await clickAccessible(page, "button", "Fix");
    await page.waitForFunction((before: string) => window.fixture.text() !== before, {}, HIGH_POST);
    const fixed = await page.evaluate(() => window.fixture.text());
    // Exactly one finding's span is replaced; the text around it is untouched.
    const replaced = spansOf(HIGH_POST, surface).filter((span) => !fixed.includes(span));
    expect(replaced).toHaveLength(1);
    const [before, after] = HIGH_POST.split(replaced[0] as string);
    expect(fixed.startsWith(before as string) && fixed.endsWith(after as string)).toBe(true);
    await page.keyboard.down("Control");
    await page.keyboard.press("End");
    await page.keyboard.up("Control");
    await page.keyboard.type("!");
    await page.waitForFunction((expected: string) => window.fixture.text() === expected, {}, `${fixed}!`);
    await page.close();
  });

  it.each(CLICKED)("$site $surface: the gate stops a click on the post control; Escape goes back", async (surface) => {
    const page = await openAndType(surface, HIGH_POST);
    // No wait for the badge: the gate must judge the text itself when the click beats the debounce.
    await page.click(surface.submit as string);
    await waitForAccessible(page, GATE_ROLES, GATE);
    expect(await focusedInSafeHarbor(page)).toBe(`Edit ${surface.verb}`);
    expect(await submitted(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await waitForAccessibleGone(page, GATE_ROLES, GATE);
    expect(await submitted(page)).toEqual([]);
    expect(await page.evaluate(() => window.fixture.text())).toBe(HIGH_POST);
    await page.close();
  });

  it.each(KEYED)("$site $surface: the gate stops the keyboard shortcut; Edit goes back", async (surface) => {
    const page = await openAndType(surface, HIGH_POST);
    await waitForAccessible(page, "status", HIGH_BADGE);
    await pressPostKeys(page, surface.keyboard as NonNullable<SurfaceCase["keyboard"]>);
    await waitForAccessible(page, GATE_ROLES, GATE);
    expect(await submitted(page)).toEqual([]);
    await clickAccessible(page, "button", `Edit ${surface.verb}`);
    await waitForAccessibleGone(page, GATE_ROLES, GATE);
    expect(await submitted(page)).toEqual([]);
    await page.close();
  });

  it.each(CLICKED)('$site $surface: "… anyway" lets the post through exactly once', async (surface) => {
    const page = await openAndType(surface, HIGH_POST);
    await waitForAccessible(page, "status", HIGH_BADGE);
    await page.click(surface.submit as string);
    await clickAccessible(page, "button", `${capitalized(surface.verb)} anyway`);
    await waitForSubmits(page, 1);
    await settle(page);
    expect(await submitted(page)).toEqual([HIGH_POST]);
    await page.close();
  });

  it.each([LINKEDIN_POST, INSTAGRAM_COMMENT])(
    "$site $surface: the gate stops a high post here too",
    async (surface) => {
      const page = await openAndType(surface, HIGH_POST);
      await waitForAccessible(page, "status", HIGH_BADGE);
      if (surface.submit) await page.click(surface.submit);
      else await pressPostKeys(page, surface.keyboard as NonNullable<SurfaceCase["keyboard"]>);
      await waitForAccessible(page, GATE_ROLES, GATE);
      expect(await focusedInSafeHarbor(page)).toBe(`Edit ${surface.verb}`);
      expect(await submitted(page)).toEqual([]);
      await page.close();
    },
  );

  it("lets a clean post through with no gate", async () => {
    const page = await openAndType(X_POST, CLEAN_POST);
    await waitForAccessible(page, "status", /^Safe Harbor: no problems found/);
    await page.click(X_POST.submit as string);
    await waitForSubmits(page, 1);
    expect(await submitted(page)).toEqual([CLEAN_POST]);
    expect(await accessibleNodes(page, GATE_ROLES)).toEqual([]);
    await page.close();
  });

  it("with no organization policy: storage.managed.get rejects, and the options page shows defaults, unlocked", async () => {
    const options = await openExtensionPage(firefox, "src/ui/options/index.html");
    const outcome = await options.evaluate<string>(
      "browser.storage.managed.get().then(() => 'read', (error) => 'threw: ' + error.message)",
    );
    expect(outcome).toMatch(/^threw: /);
    expect(await options.waitFor(controlState("High-risk posts"))).toBe("confirm enabled");
    await options.close();
  });

  /**
   * Swaps the installed extension for a copy with `file` broken (so these tests run last), then opens
   * X. Firefox loads a temporary add-on's files from its directory as needed: the copy must outlive it.
   */
  async function brokenOnX(file: string): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), "safe-harbor-firefox-broken-"));
    brokenCopies.push(dir);
    cpSync(DIST_FIREFOX, dir, { recursive: true });
    writeFileSync(join(dir, file), "// deliberately broken\n");
    await firefox.browser.uninstallExtension(GECKO_ID);
    await firefox.browser.installExtension(dir);
    const page = await firefox.browser.newPage();
    await serveFixtures(page, { "https://x.com": siteFixture("x.html") });
    await page.goto(X_POST.url);
    await page.waitForSelector(X_POST.editor);
    await page.click(X_POST.editor);
    await page.keyboard.type(HIGH_POST);
    await page.waitForFunction((expected: string) => window.fixture.text() === expected, {}, HIGH_POST);
    return page;
  }

  it("holds the post when the background event page is broken: the checker is unavailable", async () => {
    const page = await brokenOnX("service-worker-loader.js");
    await waitForAccessible(page, "status", /^Safe Harbor: checker unavailable/);
    await page.click(X_POST.submit as string);
    await waitForAccessible(page, GATE_ROLES, /Safe Harbor could not check/);
    expect(await submitted(page)).toEqual([]);
    await page.close();
  });

  it("notices a broken content script: nothing shows and the gate does not stop the post", async () => {
    const page = await brokenOnX("src/content/main.js");
    await expect(waitForAccessible(page, "status", /^Safe Harbor/, 2_000)).rejects.toThrow(/none/);
    await page.click(X_POST.submit as string);
    await waitForSubmits(page, 1);
    expect(await submitted(page)).toEqual([HIGH_POST]);
    await page.close();
  });
});
