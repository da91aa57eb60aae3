import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { afterEach } from "vitest";
import { extensionArgs } from "./chromium-args.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
/** The built extension; SAFE_HARBOR_DIST moves it (parallel work on one machine). */
export const DIST_CHROME = resolve(process.env.SAFE_HARBOR_DIST ?? "dist", "chrome");

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with an unpacked extension (the built one unless told otherwise) in a fresh
 * profile (arguments: chromium-args.mjs).
 */
export async function launchExtension(extensionDir = DIST_CHROME): Promise<LaunchedExtension> {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`${extensionDir} has no manifest.json: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), "safe-harbor-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionArgs(extensionDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * For suites that start a browser per test: `launch` starts one (the built extension unless told
 * otherwise), and after each test it is closed and every copy of the build made by `copyBuild` removed.
 * Registers its `afterEach` where it is called (in a `describe`, or at a file's top level).
 */
export function browserPerTest() {
  let launched: LaunchedExtension | undefined;
  const copies: string[] = [];
  afterEach(async () => {
    await launched?.close();
    launched = undefined;
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    /** The browser this test started, if it started one. */
    get launched(): LaunchedExtension | undefined {
      return launched;
    },
    async launch(extensionDir?: string): Promise<LaunchedExtension> {
      launched = await launchExtension(extensionDir);
      return launched;
    },
    /**
     * A copy of the built extension with some files rewritten (`edits`: path in the build -> new contents
     * from the old), to prove a test notices a broken or leaky build.
     */
    copyBuild(prefix: string, edits: Record<string, (contents: string) => string>): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      copies.push(dir);
      cpSync(DIST_CHROME, dir, { recursive: true });
      for (const [file, edit] of Object.entries(edits)) {
        const path = join(dir, file);
        writeFileSync(path, edit(readFileSync(path, "utf8")));
      }
      return dir;
    },
  };
}

/** Serves `html` at every URL under `origin` (e.g. "https://x.com"), so content scripts inject there. */
export async function serveFixture(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
}

export function fixture(name: string): string {
  return readFileSync(resolve("tests/fixtures", name), "utf8");
}

export interface AxNode {
  role: string;
  name: string;
}

/**
 * The page's accessibility tree as a screen reader gets it, through the DevTools protocol. It reaches
 * into closed shadow roots, which page scripts (and Playwright's selectors) cannot.
 */
export async function accessibleNodes(page: Page): Promise<AxNode[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send("Accessibility.getFullAXTree")) as {
      nodes: Array<{ ignored?: boolean; role?: { value?: string }; name?: { value?: string } }>;
    };
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({ role: String(node.role?.value ?? ""), name: String(node.name?.value ?? "") }));
  } finally {
    await session.detach();
  }
}

/** Waits until an accessible node with `role` and a name matching `name` exists; returns it. */
export async function waitForAccessible(
  page: Page,
  role: string | RegExp,
  name: RegExp,
  timeoutMs = 10_000,
): Promise<AxNode> {
  const deadline = Date.now() + timeoutMs;
  let last: AxNode[] = [];
  while (Date.now() < deadline) {
    last = await accessibleNodes(page);
    const found = last.find(
      (node) => (typeof role === "string" ? node.role === role : role.test(node.role)) && name.test(node.name),
    );
    if (found) return found;
    await page.waitForTimeout(50);
  }
  const seen = last.filter((node) => /Safe Harbor/.test(node.name)).map((node) => `${node.role} "${node.name}"`);
  throw new Error(
    `no ${role} named ${name} within ${timeoutMs} ms; Safe Harbor nodes seen: ${seen.join("; ") || "none"}`,
  );
}

/** The fixture bundles built by `build-fixtures.ts` (the browser project's globalSetup). */
export const FIXTURE_ASSETS = resolve(process.env.SAFE_HARBOR_DIST ?? "dist", "fixtures");

/**
 * Serves a site's fixture at its real URLs: `/fixture-assets/<file>` from the fixture bundles, every
 * other path the page shell `tests/fixtures/<shell>` (which picks its surface from the path).
 */
export async function serveSite(context: BrowserContext, origin: string, shell: string): Promise<void> {
  const html = fixture(shell);
  await context.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.startsWith("/fixture-assets/")) {
      const file = join(FIXTURE_ASSETS, path.slice("/fixture-assets/".length).replace(/\.\./g, ""));
      if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
    }
    return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
  });
}

interface RawAxNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  properties?: Array<{ name: string; value?: { value?: unknown } }>;
}

async function rawAxNodes(page: Page): Promise<RawAxNode[]> {
  const session = await page.context().newCDPSession(page);
  try {
    return ((await session.send("Accessibility.getFullAXTree")) as { nodes: RawAxNode[] }).nodes.filter(
      (node) => !node.ignored,
    );
  } finally {
    await session.detach();
  }
}

function matches(node: RawAxNode, role: string, name: string | RegExp): boolean {
  const actual = String(node.name?.value ?? "");
  return node.role?.value === role && (typeof name === "string" ? actual === name : name.test(actual));
}

/**
 * Clicks an element found through the accessibility tree (it reaches into closed shadow roots, which
 * Playwright's selectors cannot): its DOM node's box from the DevTools protocol, then a real mouse click
 * at its centre. Waits until the node exists.
 */
export async function clickAccessible(page: Page, role: string, name: string | RegExp, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const node = (await rawAxNodes(page)).find((candidate) => matches(candidate, role, name));
    if (node?.backendDOMNodeId !== undefined) {
      const session = await page.context().newCDPSession(page);
      try {
        // Inside a scrolling panel the node may be out of view, where a click would land on something else.
        await session.send("DOM.scrollIntoViewIfNeeded", { backendNodeId: node.backendDOMNodeId });
        const { model } = (await session.send("DOM.getBoxModel", { backendNodeId: node.backendDOMNodeId })) as {
          model: { content: number[] };
        };
        const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      } finally {
        await session.detach();
      }
    }
    if (Date.now() > deadline) throw new Error(`no ${role} named ${name} to click within ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

/** The accessible node that has keyboard focus, as a screen reader reports it. */
export async function focusedAccessible(page: Page): Promise<AxNode | undefined> {
  // The document reports "focused" too while it has focus; the deepest focused node is the one with focus.
  const node = (await rawAxNodes(page))
    .filter((candidate) =>
      candidate.properties?.some((property) => property.name === "focused" && property.value?.value === true),
    )
    .at(-1);
  return node ? { role: String(node.role?.value ?? ""), name: String(node.name?.value ?? "") } : undefined;
}

/** Waits until no accessible node with `role` and a name matching `name` exists. */
export async function waitForAccessibleGone(page: Page, role: string, name: RegExp, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await accessibleNodes(page)).some((node) => node.role === role && name.test(node.name))) {
    if (Date.now() > deadline) throw new Error(`${role} named ${name} still present after ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}
