import { describe, expect, it } from "vitest";
import { accessibleNodes, browserPerTest, fixture, serveFixture, waitForAccessible } from "./harness";

const PHI_POST = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";

describe("the pipe: page -> content script -> worker -> page", () => {
  const browser = browserPerTest();
  /** A copy of the built extension with one file replaced, to prove the pipe test notices breakage. */
  const brokenCopy = (file: string, contents: string) =>
    browser.copyBuild("safe-harbor-broken-", { [file]: () => contents });

  async function typeOnX(extensionDir?: string) {
    const launched = await browser.launch(extensionDir);
    await serveFixture(launched.context, "https://x.com", fixture("plain-textarea.html"));
    const page = await launched.context.newPage();
    await page.goto("https://x.com/home");
    await page.locator("#compose").pressSequentially(PHI_POST, { delay: 2 });
    return page;
  }

  it("judges typed text in the worker and shows the verdict on the page", async () => {
    const page = await typeOnX();
    const badge = await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    expect(badge.name).toMatch(/finding/);
  });

  it("shows the checker as unavailable when the worker is broken", async () => {
    const dir = brokenCopy("service-worker-loader.js", "// worker deliberately broken\n");
    const page = await typeOnX(dir);
    await waitForAccessible(page, "status", /^Safe Harbor: checker unavailable/);
  });

  it("shows nothing when the content script is broken", async () => {
    const dir = brokenCopy("src/content/main.js", "// content script deliberately broken\n");
    const page = await typeOnX(dir);
    await expect(waitForAccessible(page, "status", /^Safe Harbor/, 2_000)).rejects.toThrow(/none/);
    expect((await accessibleNodes(page)).some((node) => node.name.startsWith("Safe Harbor"))).toBe(false);
  });
});
