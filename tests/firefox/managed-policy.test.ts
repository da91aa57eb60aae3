import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Window.fixture: what the fixture pages expose in the page world.
import type {} from "../fixtures/src/fixture-api";
import {
  accessibleNodes,
  CAN_WRITE_POLICIES,
  optionsControlState as controlState,
  type LaunchedFirefox,
  launchFirefox,
  openExtensionPage,
  POLICIES_JSON,
  serveFixtures,
  siteFixture,
  waitForAccessible,
  writeFirefoxPolicies,
} from "./harness";

/**
 * An administrator's policy, deployed the Firefox way: policies.json > "3rdparty" > "Extensions" > our
 * gecko id. Firefox does not check it against managed_schema.json (the broken regex below reaches the
 * extension as is) and fires no storage.onChanged for it, so the extension validates it itself and
 * reads it when its background starts.
 */
const ORG_POLICY = {
  actions: { high: "block" },
  customIdentifiers: [{ label: "broken format", pattern: "MRN(\\d{7}" }],
};
const HIGH_POST = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";
const OPTIONS = "src/ui/options/index.html";

describe.runIf(CAN_WRITE_POLICIES)(`Firefox: an organization's policy in ${POLICIES_JSON}`, () => {
  let firefox: LaunchedFirefox;
  let restorePolicies: (() => void) | undefined;
  beforeAll(async () => {
    restorePolicies = writeFirefoxPolicies(ORG_POLICY);
    firefox = await launchFirefox(undefined, { systemAccess: true });
  });
  afterAll(async () => {
    await firefox?.close();
    // Nothing else on this machine should start Firefox under this policy.
    restorePolicies?.();
  });

  it("reaches the extension as managed storage, not validated by Firefox", async () => {
    const options = await openExtensionPage(firefox, OPTIONS);
    const managed = await options.evaluate<string>("browser.storage.managed.get().then(JSON.stringify)");
    expect(JSON.parse(managed)).toEqual(ORG_POLICY);
    await options.close();
  });

  it("blocks a high-risk post on X: the gate offers no way to post anyway", async () => {
    const page: Page = await firefox.browser.newPage();
    await serveFixtures(page, { "https://x.com": siteFixture("x.html") });
    await page.goto("https://x.com/home");
    await page.waitForSelector('[data-testid="tweetTextarea_0"]');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(HIGH_POST);
    await page.waitForFunction((expected: string) => window.fixture.text() === expected, {}, HIGH_POST);
    await page.click('[data-testid="tweetButtonInline"]');
    await waitForAccessible(page, ["alertdialog", "dialog"], /Safe Harbor/);
    const buttons = (await accessibleNodes(page, ["button"])).map((node) => node.name);
    expect(buttons).toContain("Edit post");
    expect(buttons.filter((name) => /anyway/i.test(name))).toEqual([]);
    expect(await page.evaluate(() => window.fixture.submitted)).toEqual([]);
    await page.close();
  });

  it("shows the organization's value locked on the options page, and the broken regex as a problem", async () => {
    const options = await openExtensionPage(firefox, OPTIONS);
    expect(await options.waitFor(controlState("High-risk posts"))).toBe("block disabled");
    expect(await options.waitFor(controlState("Low-risk posts"))).toMatch(/ enabled$/);
    const problem = await options.waitFor(
      `[...document.querySelectorAll("li")].map((item) => item.textContent).find((text) => text.includes("customIdentifiers[0].pattern")) || ""`,
    );
    expect(problem).toMatch(/customIdentifiers\[0\]\.pattern/);
    await options.close();
  });
});
