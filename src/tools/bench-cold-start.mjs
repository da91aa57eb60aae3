// Worker cold start, measured for real: Chromium with the built extension, a page on x.com (served
// locally, nothing reaches the network), and the first `check` round trip after the service worker
// has been stopped. The message is sent from the content script's own isolated world, exactly as the
// product sends it, so the time covers worker start-up, loading the engine and the first (unoptimized)
// check. The worker is stopped with DevTools' ServiceWorker.stopAllWorkers, as Chrome stops an idle
// worker (closing its DevTools target, as Puppeteer's worker.close() does, left it running here).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { extensionArgs } from "../../tests/browser/chromium-args.mjs";
import { median, round } from "./bench-timing.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const SAMPLE = "Pt Amy Ortiz in bed 4 again, her daughter's cell is 312-555-0188, please call her back";

export async function measureColdStart(chromeDir, { restarts = 5 } = {}) {
  if (!existsSync(CHROMIUM)) return { coldStart_ms: null, reason: `no Chromium at ${CHROMIUM}` };
  const profile = mkdtempSync(join(tmpdir(), "safe-harbor-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionArgs(chromeDir),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    // URL.origin is "null" for non-web schemes, hence the host.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    await context.route("https://x.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><textarea></textarea>" }),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds = [];
    cdp.on("Runtime.executionContextCreated", ({ context: world }) => worlds.push(world));
    await cdp.send("Runtime.enable");
    await page.goto("https://x.com/home");
    const contentWorld = await waitFor(
      () => worlds.find((world) => world.origin === extensionOrigin && world.auxData?.type === "isolated"),
      "the content script's isolated world",
    );

    const roundTrip = async () => {
      const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
        contextId: contentWorld.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `(async () => {
          const started = performance.now();
          const answer = await chrome.runtime.sendMessage(${JSON.stringify({ type: "check", text: SAMPLE, site: "x", surface: "post", revision: 1 })});
          return { ms: performance.now() - started, verdict: answer?.result?.verdict, error: answer?.error };
        })()`,
      });
      if (exceptionDetails || !result.value?.verdict) {
        throw new Error(`check round trip failed: ${JSON.stringify(exceptionDetails ?? result.value)}`);
      }
      return result.value.ms;
    };

    const workerStatus = await followWorkerStatus(cdp, extensionOrigin);
    // A freshly loaded extension installs and activates its worker first; stopping it then restarts it.
    await waitFor(() => workerStatus.activated, "the service worker to activate");
    await roundTrip();
    const cold = [];
    for (let run = 0; run < restarts; run++) {
      await stopWorker(cdp, workerStatus);
      cold.push(await roundTrip());
    }
    const warm = [];
    for (let run = 0; run < 10; run++) warm.push(await roundTrip());
    return {
      coldStart_ms: round(median(cold), 1),
      coldRuns_ms: cold.map((ms) => round(ms, 1)),
      warm_ms: round(median(warm), 1),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Stops every service worker of the profile (only ours runs there) through the DevTools ServiceWorker
 * domain, and waits until Chromium reports our worker's version as stopped.
 */
async function stopWorker(cdp, status) {
  await cdp.send("ServiceWorker.stopAllWorkers");
  await waitFor(() => status.current === "stopped", "the service worker to stop");
}

/** Follows the running status of the extension's service worker: "running", "stopping", "stopped"... */
async function followWorkerStatus(cdp, origin) {
  const status = { current: "unknown", activated: false };
  cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(origin)) continue;
      status.current = version.runningStatus;
      status.activated = version.status === "activated";
    }
  });
  await cdp.send("ServiceWorker.enable");
  return status;
}

async function waitFor(condition, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await condition();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
