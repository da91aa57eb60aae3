import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core";
import { GECKO_ID } from "../../src/tools/manifest";
import { FIREFOX_FIXTURE_ASSETS } from "./build-fixtures";

/** Debian's Firefox ESR (`.ci/run` installs it); FIREFOX_PATH points elsewhere. */
export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
/** The built extension; SAFE_HARBOR_DIST moves it (parallel work on one machine). */
export const DIST_FIREFOX = resolve(process.env.SAFE_HARBOR_DIST ?? "dist", "firefox");
/**
 * Firefox gives each extension a random moz-extension:// host per profile; this pref pins ours so a test
 * can open the extension's own pages at a known address.
 */
export const EXTENSION_UUID = "5afe4a7b-0000-4000-8000-00000000f1fe";
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface LaunchedFirefox {
  browser: Browser;
  /** The gecko id Firefox installed the extension under. */
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Lets WebDriver BiDi navigate to privileged URLs (moz-extension://). Only the tests that open the
   * extension's own pages need it.
   */
  systemAccess?: boolean;
}

/**
 * Starts Firefox headless with the unpacked extension installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (there is no geckodriver here). Puppeteer makes a fresh profile
 * and deletes it on close.
 */
export async function launchFirefox(
  extensionDir = DIST_FIREFOX,
  options: LaunchOptions = {},
): Promise<LaunchedFirefox> {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`${extensionDir} has no manifest.json: run \`npm run build\` first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr`);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    args: options.systemAccess ? ["--remote-allow-system-access"] : [],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // No network: pages' requests the tests do not serve are aborted (serveFixtures); puppeteer's
      // default prefs silence most of Firefox's own traffic, and these the connectivity checks.
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "app.update.disabledForTesting": true,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A response the tests serve for one URL; `undefined` lets the harness abort the request. */
export interface Served {
  body: string;
  contentType?: string;
}

/**
 * Serves fixtures at the sites' real URLs (https://x.com/..., https://www.facebook.com/...) through
 * BiDi request interception, so the content script injects exactly as it would on the live site.
 * `origins` maps an origin to the page served at every path under it, or to a function of the URL for
 * fixtures that load more than one file. Everything else is aborted: nothing reaches the network.
 */
export async function serveFixtures(
  page: Page,
  origins: Record<string, string | ((url: URL) => Served | undefined)>,
): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    const url = new URL(request.url());
    const route = origins[url.origin];
    const served = typeof route === "function" ? route(url) : route === undefined ? undefined : { body: route };
    if (!served) {
      void request.abort();
      return;
    }
    void request.respond({
      status: 200,
      contentType: served.contentType ?? "text/html; charset=utf-8",
      body: served.body,
    });
  });
}

export function fixture(name: string): string {
  return readFileSync(resolve("tests/fixtures", name), "utf8");
}

/** The raw WebDriver BiDi connection under puppeteer, for what puppeteer does not wrap. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteNode {
  type: "node";
  sharedId: string;
  value?: {
    localName?: string;
    attributes?: Record<string, string>;
    shadowRoot?: { type: "node"; sharedId: string; value?: { mode?: "open" | "closed" } } | null;
  };
}

function bidiOf(page: Page): { connection: BidiConnection; context: string } {
  // puppeteer's BiDi browser exposes its connection, and a frame's id is the BiDi browsing context id;
  // neither is in puppeteer's public types.
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { connection, context };
}

/**
 * The closed shadow roots in the page, which is where Safe Harbor's UI lives (the fixtures have none of
 * their own). Page scripts cannot reach a closed root; WebDriver BiDi serializes it for the test, like
 * DevTools would, with `includeShadowTree: "all"`. The product stays closed.
 */
export async function closedShadowRoots(page: Page): Promise<string[]> {
  const { connection, context } = bidiOf(page);
  const { result } = (await connection.send("script.evaluate", {
    target: { context },
    expression: "Array.from(document.querySelectorAll('*'))",
    awaitPromise: false,
    serializationOptions: { includeShadowTree: "all", maxDomDepth: 0 },
  })) as { result: { type: string; result?: { value?: RemoteNode[] } } };
  const elements = result.result?.value ?? [];
  return elements.flatMap((element) => {
    const root = element.value?.shadowRoot;
    return root && root.value?.mode === "closed" ? [root.sharedId] : [];
  });
}

/**
 * Calls `functionDeclaration` in the page's world with each closed shadow root in the page (ours: see
 * `closedShadowRoots`), as only the test's BiDi privileges can; returns what each call returned, which
 * must be a string.
 */
export async function inClosedShadowRoots(page: Page, functionDeclaration: string): Promise<string[]> {
  const { connection, context } = bidiOf(page);
  const results: string[] = [];
  for (const root of await closedShadowRoots(page)) {
    const { result } = (await connection.send("script.callFunction", {
      target: { context },
      functionDeclaration,
      arguments: [{ sharedId: root }],
      awaitPromise: false,
    })) as { result: { result?: { type: string; value?: string } } };
    if (result.result?.type === "string") results.push(result.result.value ?? "");
  }
  return results;
}

export interface AxNode {
  role: string;
  name: string;
}

/** Roles our UI uses (badge, gate, its buttons); listed in failures so a miss says what was there. */
const KNOWN_ROLES = ["status", "alert", "dialog", "alertdialog", "button"];

/** The nodes inside one closed root that Firefox's accessibility engine gives `role` (and `name`, exactly). */
async function locateAccessible(page: Page, root: string, role: string, name?: string): Promise<RemoteNode[]> {
  const { connection, context } = bidiOf(page);
  const { result } = (await connection.send("browsingContext.locateNodes", {
    context,
    locator: { type: "accessibility", value: name === undefined ? { role } : { role, name } },
    startNodes: [{ sharedId: root }],
  })) as { result: { nodes: RemoteNode[] } };
  return result.nodes;
}

/** The name a node is labelled with in the DOM: aria-label, else aria-labelledby's text, else its text. */
async function labelOf(page: Page, node: RemoteNode): Promise<string> {
  const { connection, context } = bidiOf(page);
  const { result } = (await connection.send("script.callFunction", {
    target: { context },
    functionDeclaration: `(element) => {
      const label = element.getAttribute("aria-label");
      if (label) return label;
      const root = element.getRootNode();
      const ids = (element.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean);
      const labelled = ids.map((id) => root.getElementById ? root.getElementById(id)?.textContent : "").join(" ");
      return (labelled || element.textContent || "").replace(/\\s+/g, " ").trim();
    }`,
    arguments: [{ sharedId: node.sharedId }],
    awaitPromise: false,
  })) as { result: { type: string; result?: { value?: string } } };
  return result.result?.value ?? "";
}

interface LocatedNode extends AxNode {
  sharedId: string;
}

/** Our nodes with one of `roles`, with the names Firefox's accessibility engine confirms. */
async function locateSafeHarbor(page: Page, roles: string[]): Promise<LocatedNode[]> {
  const found: LocatedNode[] = [];
  for (const root of await closedShadowRoots(page)) {
    for (const role of roles) {
      for (const node of await locateAccessible(page, root, role)) {
        const name = await labelOf(page, node);
        const confirmed = (await locateAccessible(page, root, role, name)).some((n) => n.sharedId === node.sharedId);
        found.push({ role, name: confirmed ? name : "", sharedId: node.sharedId });
      }
    }
  }
  return found;
}

/**
 * Safe Harbor's accessible nodes as Firefox's accessibility engine sees them: located by role through
 * BiDi's accessibility locator, started inside our closed roots (the locator does not descend into
 * shadow roots on its own). A name counts only when the engine confirms it, exactly, for that role.
 */
export async function accessibleNodes(page: Page, roles: string[] = KNOWN_ROLES): Promise<AxNode[]> {
  return (await locateSafeHarbor(page, roles)).map(({ role, name }) => ({ role, name }));
}

/** Waits until an accessible node of `role` (one of, if a list) with a name matching `name` exists. */
export async function waitForAccessible(
  page: Page,
  role: string | string[],
  name: RegExp,
  timeoutMs = 10_000,
): Promise<AxNode> {
  const roles = typeof role === "string" ? [role] : role;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const hit = (await accessibleNodes(page, roles)).find((node) => name.test(node.name));
    if (hit) return hit;
    await new Promise((done) => setTimeout(done, 50));
  }
  const seen = (await accessibleNodes(page)).map((node) => `${node.role} "${node.name}"`);
  throw new Error(
    `no ${roles.join("/")} named ${name} within ${timeoutMs} ms; Safe Harbor nodes seen: ${seen.join("; ") || "none"}`,
  );
}

/**
 * What has keyboard focus inside Safe Harbor's UI: the page sees only our host element as
 * `document.activeElement`; the focused element inside the closed root is read through BiDi.
 */
export async function focusedInSafeHarbor(page: Page): Promise<string | undefined> {
  const { connection, context } = bidiOf(page);
  for (const root of await closedShadowRoots(page)) {
    const { result } = (await connection.send("script.callFunction", {
      target: { context },
      functionDeclaration: `(root) => root.activeElement
        ? (root.activeElement.getAttribute("aria-label") || root.activeElement.textContent || "").trim()
        : null`,
      arguments: [{ sharedId: root }],
      awaitPromise: false,
    })) as { result: { result?: { type: string; value?: string } } };
    if (result.result?.type === "string") return result.result.value;
  }
  return undefined;
}

/** One of the extension's own pages (options, popup) open in a tab, driven through raw BiDi. */
export interface ExtensionPage {
  /** Evaluates `expression` in the page (promises awaited); the result must be a string, number or boolean. */
  evaluate<T extends string | number | boolean>(expression: string): Promise<T>;
  /** Waits until `expression` gives a non-empty string (the page renders asynchronously); returns it. */
  waitFor(expression: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens `path` of the extension at its pinned moz-extension:// origin. Needs a browser launched with
 * `systemAccess`. Puppeteer loses track of a tab that switches into the extension process, so this
 * talks BiDi directly: context ids survive the switch.
 */
export async function openExtensionPage(firefox: LaunchedFirefox, path: string): Promise<ExtensionPage> {
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const created = (await connection.send("browsingContext.create", { type: "tab" })) as { result: { context: string } };
  const context = created.result.context;
  await connection.send("browsingContext.navigate", { context, url: `${EXTENSION_ORIGIN}/${path}`, wait: "complete" });
  async function evaluate<T extends string | number | boolean>(expression: string): Promise<T> {
    const { result } = (await connection.send("script.evaluate", {
      target: { context },
      expression,
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: T }; exceptionDetails?: { text?: string } } };
    if (result.type !== "success") throw new Error(`in ${path}: ${result.exceptionDetails?.text ?? "exception"}`);
    return result.result?.value as T;
  }
  return {
    evaluate,
    async waitFor(expression, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate<string>(expression);
        if (typeof value === "string" && value !== "") return value;
        if (Date.now() > deadline) throw new Error(`in ${path}: nothing from ${expression} within ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async close() {
      await connection.send("browsingContext.close", { context });
    },
  };
}

/** An expression for `ExtensionPage.waitFor`: the control labelled `label`, as "<value> disabled|enabled". */
export const optionsControlState = (label: string) => `(() => {
  const labelled = [...document.querySelectorAll("label")].find((node) => node.textContent.trim() === ${JSON.stringify(label)});
  const control = labelled && labelled.control;
  return control ? control.value + (control.disabled ? " disabled" : " enabled") : "";
})()`;

/**
 * Where Debian's firefox-esr reads enterprise policies at start (checked first; the install's
 * /usr/lib/firefox-esr/distribution/policies.json is the other place). Only root can write it.
 */
export const POLICIES_JSON = process.env.FIREFOX_POLICIES_JSON ?? "/etc/firefox/policies/policies.json";

/** Writing policies.json needs root; tests that need it are skipped otherwise, and say so. */
export const CAN_WRITE_POLICIES = process.getuid?.() === 0;

/**
 * Writes `extensionPolicy` where Firefox reads it, as the "3rdparty" policy for our gecko id (what an
 * administrator deploys), and returns a function that puts the machine back as it was. Firefox reads
 * the file once, at start: write it before `launchFirefox`.
 */
export function writeFirefoxPolicies(extensionPolicy: unknown, path = POLICIES_JSON): () => void {
  const previous = existsSync(path) ? readFileSync(path) : undefined;
  const created: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  mkdirSync(dirname(path), { recursive: true });
  const policies = { policies: { "3rdparty": { Extensions: { [GECKO_ID]: extensionPolicy } } } };
  writeFileSync(path, JSON.stringify(policies, null, 2));
  return () => {
    if (previous) writeFileSync(path, previous);
    else rmSync(path, { force: true });
    for (const dir of created.reverse()) rmdirSync(dir);
  };
}

/** Waits until no accessible node of `role` (any of, if a list) with a name matching `name` is left. */
export async function waitForAccessibleGone(page: Page, role: string | string[], name: RegExp, timeoutMs = 10_000) {
  const roles = typeof role === "string" ? [role] : role;
  const deadline = Date.now() + timeoutMs;
  while ((await accessibleNodes(page, roles)).some((node) => name.test(node.name))) {
    if (Date.now() > deadline) throw new Error(`${roles.join("/")} named ${name} still present after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Clicks one of our accessible nodes the way a person does: finds it through the accessibility engine,
 * reads its box in the page, and clicks its centre with the (trusted) mouse. Waits until it exists.
 */
export async function clickAccessible(page: Page, role: string, name: string | RegExp, timeoutMs = 10_000) {
  const matches = (actual: string) => (typeof name === "string" ? actual === name : name.test(actual));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const node = (await locateSafeHarbor(page, [role])).find((candidate) => matches(candidate.name));
    if (node) {
      const { connection, context } = bidiOf(page);
      const { result } = (await connection.send("script.callFunction", {
        target: { context },
        functionDeclaration: `(element) => {
          const box = element.getBoundingClientRect();
          return JSON.stringify({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
        }`,
        arguments: [{ sharedId: node.sharedId }],
        awaitPromise: false,
      })) as { result: { result?: { value?: string } } };
      const centre = JSON.parse(result.result?.value ?? "null") as { x: number; y: number } | null;
      if (centre) {
        await page.mouse.click(centre.x, centre.y);
        return;
      }
    }
    if (Date.now() > deadline) throw new Error(`no ${role} named ${name} to click within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Serves a site's fixture at its real URLs: `/fixture-assets/<file>` from the fixture bundles (built by
 * `build-fixtures.ts`), every other path the page shell `tests/fixtures/<shell>`, which picks its
 * compose surface from the path.
 */
export function siteFixture(shell: string): (url: URL) => Served | undefined {
  const html = fixture(shell);
  return (url) => {
    if (!url.pathname.startsWith("/fixture-assets/")) return { body: html };
    const file = join(FIREFOX_FIXTURE_ASSETS, basename(url.pathname));
    return existsSync(file) ? { body: readFileSync(file, "utf8"), contentType: "text/javascript" } : undefined;
  };
}
