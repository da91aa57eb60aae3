import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";

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
 * profile. Playwright adds --disable-extensions unless --disable-extensions-except names the dir.
 */
export async function launchExtension(extensionDir = DIST_CHROME): Promise<LaunchedExtension> {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`${extensionDir} has no manifest.json: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), "safe-harbor-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
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
