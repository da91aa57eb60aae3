import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  accessibleNodes,
  DIST_CHROME,
  fixture,
  type LaunchedExtension,
  launchExtension,
  serveFixture,
  waitForAccessible,
} from "./harness";

const PHI_POST = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";

/** A copy of the built extension with one file replaced, to prove the pipe test notices breakage. */
function brokenCopy(file: string, contents: string): string {
  const dir = mkdtempSync(join(tmpdir(), "safe-harbor-broken-"));
  cpSync(DIST_CHROME, dir, { recursive: true });
  writeFileSync(join(dir, file), contents);
  return dir;
}

describe("the pipe: page -> content script -> worker -> page", () => {
  let launched: LaunchedExtension | undefined;
  const cleanup: string[] = [];
  afterEach(async () => {
    await launched?.close();
    launched = undefined;
    for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function typeOnX(extensionDir?: string) {
    launched = await launchExtension(extensionDir);
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
    cleanup.push(dir);
    const page = await typeOnX(dir);
    await waitForAccessible(page, "status", /^Safe Harbor: checker unavailable/);
  });

  it("shows nothing when the content script is broken", async () => {
    const dir = brokenCopy("src/content/main.js", "// content script deliberately broken\n");
    cleanup.push(dir);
    const page = await typeOnX(dir);
    await expect(waitForAccessible(page, "status", /^Safe Harbor/, 2_000)).rejects.toThrow(/none/);
    expect((await accessibleNodes(page)).some((node) => node.name.startsWith("Safe Harbor"))).toBe(false);
  });
});
