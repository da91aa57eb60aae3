import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibleNodes, type LaunchedExtension, launchExtension, serveFixture, waitForAccessible } from "./harness";

/** The id the manifest's key fixes; Chromium addresses extension policy by it. */
const EXTENSION_ID = "ndkgngbfjfahhglceglbdekgpcboceac";
/** Chromium reads every JSON file here as mandatory policy (Linux; needs root). */
const POLICY_FILE = "/etc/chromium/policies/managed/safe-harbor-test.json";
const ORGANIZATION_POLICY = {
  actions: { high: "block", medium: "confirm" },
  reasonRequired: true,
  customIdentifiers: [
    { label: "broken format", pattern: "MRN(\\d{7}" },
    { label: "hospital record number", pattern: "\\bHRN\\d{7}\\b", severity: "high" },
  ],
  customTerms: [{ term: "Project Nightingale", label: "internal project name", severity: "medium" }],
  policyUrl: "https://intranet.example-hospital.org/social-media-policy",
};

/** An X-like composer: the editor and post button by the markers the X adapter looks for. */
const X_COMPOSER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>X</title></head><body><main>
  <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true" aria-label="Post text" aria-multiline="true"
    style="min-height:4em;border:1px solid #999"></div>
  <button type="button" data-testid="tweetButtonInline" onclick="document.title='posted'">Post</button>
</main></body></html>`;

/** A string that exists nowhere else: if it shows up in an audit export, post text leaked into the log. */
const MARKER = "zqxv-marker-41c7";
const HIGH_POST = `call me back re: pt Amy Ortiz ${MARKER}, her mom's number is 312-555-0188`;
const MEDIUM_POST = "So proud of the Project Nightingale team this week";

const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot)("an organization's Chromium policy, written as a real policy file", () => {
  let launched: LaunchedExtension;

  beforeAll(async () => {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: ORGANIZATION_POLICY } } }));
    launched = await launchExtension();
    // Chromium hands extension policy over once the extension's schema is registered: wait for it.
    await launched.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<object> } } } }).chrome;
      for (;;) {
        if ("actions" in (await api.storage.managed.get())) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
  });

  afterAll(async () => {
    // Other test runs on this machine launch Chromium too: the policy must not outlive this file.
    rmSync(POLICY_FILE, { force: true });
    await launched?.close();
  });

  it("runs under the id the policy addresses", () => {
    expect(launched.extensionId).toBe(EXTENSION_ID);
  });

  async function postOnX(text: string): Promise<Page> {
    const page = await launched.context.newPage();
    await serveFixture(launched.context, "https://x.com", X_COMPOSER);
    await page.goto("https://x.com/home");
    await page.getByRole("textbox", { name: "Post text" }).pressSequentially(text, { delay: 2 });
    await page.getByRole("button", { name: "Post", exact: true }).click();
    return page;
  }

  it("blocks a high-risk post with no way to post it anyway", async () => {
    const page = await postOnX(HIGH_POST);
    const gate = await waitForAccessible(page, /^(alertdialog|dialog)$/, /Safe Harbor/);
    const buttons = (await accessibleNodes(page)).filter((node) => node.role === "button").map((node) => node.name);
    expect(
      buttons.some((name) => /^Edit/.test(name)),
      `buttons: ${buttons.join(", ")}`,
    ).toBe(true);
    expect(
      buttons.some((name) => /anyway/i.test(name)),
      `buttons: ${buttons.join(", ")}`,
    ).toBe(false);
    expect(gate.name).toMatch(/Safe Harbor/);
    expect(await page.title()).toBe("X");
    await page.close();
  });

  it("still lets a medium-risk post through after a typed reason, as the policy says", async () => {
    const page = await postOnX(MEDIUM_POST);
    await waitForAccessible(page, /^(alertdialog|dialog)$/, /Safe Harbor/);
    await waitForAccessible(page, "button", /anyway/i);
    await waitForAccessible(page, "textbox", /reason/i);
    await page.close();
  });

  describe("on the options page", () => {
    let options: Page;
    beforeAll(async () => {
      options = await launched.context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/src/ui/options/index.html`);
    });
    afterAll(async () => {
      await options.close();
    });

    it("shows the organization's settings locked, and the user's own ones free", async () => {
      const high = options.getByLabel("High-risk posts");
      await high.waitFor();
      expect(await high.isDisabled()).toBe(true);
      expect(await high.inputValue()).toBe("block");
      expect(await options.getByLabel("Ask for a reason before posting anyway").isDisabled()).toBe(true);
      expect(await options.getByLabel("Low-risk posts").isDisabled()).toBe(false);
      expect(await options.getByText("set by your organization").count()).toBe(3);
    });

    it("reports the invalid custom regex while the rest of the policy applies", async () => {
      const problem = options.getByRole("listitem").filter({ hasText: "customIdentifiers[0].pattern" });
      await problem.waitFor();
      expect(await problem.textContent()).toMatch(/not a valid regular expression/);
      await options.getByRole("textbox", { name: "Try a post" }).fill("Chart for HRN1234567 is closed");
      const result = options.getByRole("status", { name: "Try a post result" });
      await result.getByText(/hospital record number/).waitFor();
      expect(await result.textContent()).toMatch(/would block/);
    });

    it("logs the blocked post, and its CSV and JSON exports hold no post text", async () => {
      await options.getByRole("cell", { name: "blocked" }).first().waitFor();
      for (const format of ["CSV", "JSON"]) {
        const [download] = await Promise.all([
          options.waitForEvent("download"),
          options.getByRole("button", { name: `Export ${format}` }).click(),
        ]);
        const exported = readFileSync(await download.path(), "utf8");
        expect(exported).toContain("blocked");
        expect(exported).toContain("phi/");
        expect(exported).not.toContain(MARKER);
        expect(exported).not.toContain("555-0188");
        expect(exported).not.toContain("Ortiz");
      }
    });

    it("lists the same problem in the popup", async () => {
      const popup = await launched.context.newPage();
      await popup.goto(`chrome-extension://${EXTENSION_ID}/src/ui/popup/index.html`);
      await popup.getByRole("listitem").filter({ hasText: "customIdentifiers[0].pattern" }).waitFor();
      await popup.close();
    });
  });
});
