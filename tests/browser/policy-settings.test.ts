import { existsSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibleNodes, type LaunchedExtension, launchExtension, serveFixture, waitForAccessible } from "./harness";

/** An X-like composer: the editor and post button by the markers the X adapter looks for. */
const X_COMPOSER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>X</title></head><body><main>
  <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true" aria-label="Post text"
    style="min-height:4em;border:1px solid #999"></div>
  <button type="button" data-testid="tweetButtonInline">Post</button>
</main></body></html>`;
const HIGH_POST = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";
const MANAGED_DIR = "/etc/chromium/policies/managed";

// A managed policy on this machine would override what the user sets here.
const noManagedPolicy = !existsSync(MANAGED_DIR) || readdirSync(MANAGED_DIR).length === 0;

describe.skipIf(!noManagedPolicy)("a user's own settings, with no organization policy", () => {
  let launched: LaunchedExtension;
  beforeAll(async () => {
    launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });

  it("are saved from the options page, survive a reload and decide the gate", async () => {
    const options = await launched.context.newPage();
    const optionsUrl = `chrome-extension://${launched.extensionId}/src/ui/options/index.html`;
    await options.goto(optionsUrl);
    const high = options.getByLabel("High-risk posts");
    await high.waitFor();
    expect(await high.isDisabled()).toBe(false);
    expect(await options.getByText("set by your organization").count()).toBe(0);
    await high.selectOption("block");
    await options.reload();
    await options.getByLabel("High-risk posts").waitFor();
    await options.waitForFunction(
      () => (document.getElementById("action-high") as HTMLSelectElement | null)?.value === "block",
    );

    const page = await launched.context.newPage();
    await serveFixture(launched.context, "https://x.com", X_COMPOSER);
    await page.goto("https://x.com/home");
    await page.getByRole("textbox", { name: "Post text" }).pressSequentially(HIGH_POST, { delay: 2 });
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await waitForAccessible(page, /^(alertdialog|dialog)$/, /Safe Harbor/);
    const buttons = (await accessibleNodes(page)).filter((node) => node.role === "button").map((node) => node.name);
    expect(
      buttons.some((name) => /anyway/i.test(name)),
      `buttons: ${buttons.join(", ")}`,
    ).toBe(false);
  });
});
