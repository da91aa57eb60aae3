import { describe, expect, it } from "vitest";
// Window.fixture: what the fixture pages expose in the page world.
import type {} from "../fixtures/src/fixture-api";
import { browserPerTest, clickAccessible, serveSite, waitForAccessible, waitForAccessibleGone } from "./harness";
import { markedText } from "./overlay-marks";

/** The part of the extension API the worker-side snippets use (they run in the service worker). */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** The skeleton engine and the dev corpus both flag this one: a patient's name and phone number. */
const PHI_POST = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";
const CLEAN_POST = "Great turnout at the 5K for cancer research this weekend, thank you all!";

describe("the content script and the worker", () => {
  const browser = browserPerTest();

  async function xHome(extensionDir?: string) {
    const launched = await browser.launch(extensionDir);
    await serveSite(launched.context, "https://x.com", "x.html");
    const page = await launched.context.newPage();
    await page.goto("https://x.com/home");
    await page.click('[data-testid="tweetTextarea_0"]');
    return page;
  }

  it("holds a post with a clear message when the worker never answers, and never lets it through", async () => {
    const dir = browser.copyBuild("safe-harbor-no-worker-", {
      "service-worker-loader.js": () => "// worker deliberately broken\n",
    });
    const page = await xHome(dir);
    await page.keyboard.type(PHI_POST);
    await page.click('[data-testid="tweetButtonInline"]');
    await waitForAccessible(page, "alertdialog", /Safe Harbor could not check this post/);
    expect(await page.evaluate(() => window.fixture.submitted)).toEqual([]);
    await clickAccessible(page, "button", "Try again");
    await waitForAccessible(page, "alertdialog", /Safe Harbor could not check this post/);
    await clickAccessible(page, "button", "Edit post");
    await waitForAccessibleGone(page, "alertdialog", /Safe Harbor/);
    await page.keyboard.press("Control+Enter");
    await waitForAccessible(page, "alertdialog", /Safe Harbor could not check this post/);
    expect(await page.evaluate(() => window.fixture.submitted)).toEqual([]);
  });

  it("answers the popup's status request with the focused composer's verdict", async () => {
    const page = await xHome();
    await page.keyboard.type(PHI_POST);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    const worker = browser.launched?.worker;
    const askStatus = () =>
      worker?.evaluate(async () => {
        // Without the "tabs" permission tabs carry no URL: ask every tab; only ours has a content script.
        for (const tab of await chrome.tabs.query({})) {
          const answer = await chrome.tabs.sendMessage(tab.id ?? 0, { type: "status" }).catch(() => undefined);
          if (answer) return answer;
        }
        return undefined;
      });
    const status = await askStatus();
    expect(status).toMatchObject({ site: "x", enabled: true, fallback: false, verdict: "high" });
    expect((status as { findings: number }).findings).toBeGreaterThan(0);

    await page.keyboard.press("Control+a");
    await page.keyboard.type(CLEAN_POST);
    await waitForAccessible(page, "status", /^Safe Harbor: no problems found/);
    const clean = await askStatus();
    expect(clean).toMatchObject({ site: "x", verdict: "none", findings: 0 });
  });

  it('"Ignore once" clears a finding\'s highlight and "Fix all" fixes every finding through the editor', async () => {
    const page = await xHome();
    await page.keyboard.type(PHI_POST);
    const badge = await waitForAccessible(page, "status", /^Safe Harbor: high risk, \d+ findings/);
    const count = Number(/(\d+) findings/.exec(badge.name)?.[1]);
    // Spans marked, read back through the editor's layout (our marks are in a closed shadow root).
    const highlightCount = async () => (await markedText(page, '[data-testid="tweetTextarea_0"]')).length;
    await expect.poll(highlightCount).toBe(count);
    await clickAccessible(page, "button", /^Safe Harbor: high risk/);
    await clickAccessible(page, "button", "Ignore once");
    await waitForAccessible(page, "status", new RegExp(`^Safe Harbor: high risk, ${count - 1} findings?$`));
    expect(await highlightCount()).toBe(count - 1);

    // Fix all, on a fresh page (nothing ignored) with a post that has more findings.
    await page.close();
    const fresh = await browser.launched?.context.newPage();
    if (!fresh) throw new Error("no browser");
    await fresh.goto("https://x.com/home");
    await fresh.click('[data-testid="tweetTextarea_0"]');
    await fresh.keyboard.type(`${PHI_POST} and ${PHI_POST.replace("Amy Ortiz", "Omar Haddad")}`);
    await waitForAccessible(fresh, "status", /^Safe Harbor: high risk/);
    await clickAccessible(fresh, "button", /^Safe Harbor: high risk/);
    await clickAccessible(fresh, "button", "Fix all");
    await fresh.waitForFunction(() => !/312-555-0188|Omar Haddad|Amy Ortiz/.test(window.fixture.text()));
    await waitForAccessible(fresh, "status", /^Safe Harbor: (no problems found|\d+ warnings?)/);
  });
});
