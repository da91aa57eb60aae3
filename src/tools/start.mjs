// npm start: opens Debian's Chromium with the built extension on a demo composer served at the real
// sites' addresses (only inside this browser; nothing goes to the network). Without a display it runs
// headless, types a sample post and prints what the extension reported.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const extension = resolve(process.env.SAFE_HARBOR_DIST ?? "dist", "chrome");
const demo = readFileSync(new URL("./demo.html", import.meta.url), "utf8");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "safe-harbor-demo-")), {
  executablePath,
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
  ],
});
for (const origin of [
  "https://x.com",
  "https://www.facebook.com",
  "https://www.linkedin.com",
  "https://www.instagram.com",
]) {
  await context.route(`${origin}/**`, (route) => route.fulfill({ contentType: "text/html", body: demo }));
}
const page = context.pages()[0] ?? (await context.newPage());
await page.goto("https://x.com/home");

if (headless) {
  const sample = "Just admitted Mrs. Beatrice Holloway to 6 East with a hip fracture";
  await page.locator("#compose").pressSequentially(sample, { delay: 5 });
  const cdp = await context.newCDPSession(page);
  const deadline = Date.now() + 10_000;
  let status = "";
  while (!status && Date.now() < deadline) {
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    status = nodes.map((node) => node.name?.value ?? "").find((name) => /^Safe Harbor: (?!checking)/.test(name)) ?? "";
    if (!status) await page.waitForTimeout(100);
  }
  console.log(
    `No display found, so the demo ran headless.\nTyped: ${sample}\nExtension says: ${status || "(nothing)"}`,
  );
  await context.close();
} else {
  console.log("Chromium is open with Safe Harbor on a demo composer at https://x.com/home. Close the window to stop.");
  await new Promise((done) => context.on("close", done));
}
