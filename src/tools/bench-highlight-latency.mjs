// Keystroke-to-highlight latency in the browser: the built extension in Chromium, on the X fixture (real
// Draft.js), with a 280-character post. Each run types the post up to its last character, then measures
// from the final keystroke's keydown (in the page) to the frame where a mark covers the completed phone
// number. Prints median and p95. Usage: node src/tools/bench-highlight-latency.mjs [runs]
// (SAFE_HARBOR_DIST as for the build; `npm run build` first).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { extensionArgs } from "../../tests/browser/chromium-args.mjs";
import { buildFixtures } from "../../tests/fixtures/build.mjs";

const RUNS = Number(process.argv[2] ?? 25);
const DIST = resolve(process.env.SAFE_HARBOR_DIST ?? "dist");
const EXTENSION = join(DIST, "chrome");
const ASSETS = join(DIST, "fixtures");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

const RISKY = "call me back re: pt Amy Ortiz, her mom's number is 312-555-0188";
const FILLER =
  "Long night on the unit but the team was amazing, coffee run at 3am saved us all and the new charge nurse " +
  "kept everything calm and organized, huddle moved to 7 so please be on time and bring the new schedule. " +
  "Reminder for tomorrow morning: ";
const POST = `${FILLER.slice(-(280 - RISKY.length))}${RISKY}`;
if (POST.length !== 280) throw new Error(`the bench post is ${POST.length} characters, not 280`);
const SPAN = "312-555-0188";

if (!existsSync(join(EXTENSION, "manifest.json"))) throw new Error(`${EXTENSION} is not built: run npm run build`);
await buildFixtures(ASSETS);

const profile = mkdtempSync(join(tmpdir(), "safe-harbor-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: extensionArgs(EXTENSION),
});
const shell = readFileSync("tests/fixtures/x.html", "utf8");
await context.route("https://x.com/**", (route) => {
  const path = new URL(route.request().url()).pathname;
  if (path.startsWith("/fixture-assets/")) {
    const body = readFileSync(join(ASSETS, path.slice("/fixture-assets/".length).replace(/\.\./g, "")), "utf8");
    return route.fulfill({ status: 200, contentType: "text/javascript", body });
  }
  return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: shell });
});

/**
 * Our marks are in a closed shadow root, out of the page's reach. The bench (not the product) hands that
 * root to the page's world as `window.overlayRoot` through the DevTools protocol, so a per-frame check in
 * the page can see the frame in which a mark appears.
 */
async function handOverlayToPage(page) {
  const session = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { root } = await session.send("DOM.getDocument", { depth: -1, pierce: true });
      const host = (function find(node) {
        if (node.nodeName === "SAFE-HARBOR-OVERLAY") return node;
        for (const child of node.children ?? []) {
          const found = find(child);
          if (found) return found;
        }
        return undefined;
      })(root);
      const shadow = host?.shadowRoots?.[0];
      if (shadow) {
        const { object } = await session.send("DOM.resolveNode", { nodeId: shadow.nodeId });
        await session.send("Runtime.callFunctionOn", {
          objectId: object.objectId,
          functionDeclaration: "function () { window.overlayRoot = this; }",
        });
        return;
      }
      if (Date.now() > deadline) throw new Error("no overlay of marks appeared");
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    await session.detach();
  }
}

const samples = [];
try {
  const page = await context.newPage();
  for (let run = 0; run < RUNS; run++) {
    await page.goto("https://x.com/home");
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.insertText(POST.slice(0, -1));
    // The prefix is checked and painted (the name is already flagged) before the measured keystroke.
    await handOverlayToPage(page);
    await page.waitForFunction(() => window.overlayRoot.querySelector("mark") !== null, null, { timeout: 15_000 });
    await page.evaluate((span) => {
      const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
      /** The span's first line box in the editor, once the editor holds all of it. */
      const spanBox = () => {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(span);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + span.length);
          return range.getClientRects()[0];
        }
        return undefined;
      };
      /** Whether one of our marks, shown (a hidden overlay's marks have no boxes), covers the whole span. */
      const marked = () => {
        const target = spanBox();
        if (!target) return false;
        const middle = (target.top + target.bottom) / 2;
        return [...window.overlayRoot.querySelectorAll("mark")].some((mark) =>
          [...mark.getClientRects()].some(
            (box) =>
              box.left <= target.left + 1 && box.right >= target.right - 1 && box.top < middle && middle < box.bottom,
          ),
        );
      };
      window.latency = new Promise((done) => {
        addEventListener(
          "keydown",
          () => {
            const start = performance.now();
            const frame = () => {
              if (marked()) done(performance.now() - start);
              else requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      });
    }, SPAN);
    await page.keyboard.press(POST.slice(-1));
    samples.push(await page.evaluate(() => window.latency));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

samples.sort((a, b) => a - b);
const quantile = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;
console.log(
  JSON.stringify({
    post: POST.length,
    runs: samples.length,
    medianMs: round(quantile(0.5)),
    p95Ms: round(quantile(0.95)),
  }),
);
console.log(
  `keystroke-to-highlight, ${POST.length}-character post, ${samples.length} runs: median ${round(quantile(0.5))} ms, p95 ${round(quantile(0.95))} ms`,
);
