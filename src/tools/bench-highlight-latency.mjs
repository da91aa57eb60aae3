// Keystroke-to-highlight latency in the browser: the built extension in Chromium, on the X fixture (real
// Draft.js), with a 280-character post. Each run types the post up to its last character, then measures
// from the final keystroke's keydown (in the page) to the frame where the highlight covers the completed
// phone number. Prints median and p95. Usage: node src/tools/bench-highlight-latency.mjs [runs]
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

const samples = [];
try {
  const page = await context.newPage();
  for (let run = 0; run < RUNS; run++) {
    await page.goto("https://x.com/home");
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.insertText(POST.slice(0, -1));
    // The prefix is checked and painted (the name is already flagged) before the measured keystroke.
    await page.waitForFunction(() => (CSS.highlights.get("safe-harbor-high")?.size ?? 0) > 0, null, {
      timeout: 15_000,
    });
    await page.evaluate((span) => {
      window.latency = new Promise((done) => {
        addEventListener(
          "keydown",
          () => {
            const start = performance.now();
            const frame = () => {
              const ranges = [...(CSS.highlights.get("safe-harbor-high") ?? [])];
              if (ranges.some((range) => range.toString() === span)) done(performance.now() - start);
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
