// Bundle sizes of the built Chrome extension: the content script (injected into every page of the four
// sites, so it must stay small) and the worker with every chunk it imports.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** kB here is 1,000 bytes of minified JavaScript, as the budget in issue 9 states it. */
export const CONTENT_SCRIPT_BUDGET_KB = 30;

const STATIC_IMPORT =
  /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** A file and every file it imports, transitively, inside the build (bare imports cannot occur there). */
function withImports(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const target = match[1] ?? match[2];
      if (target?.startsWith(".")) queue.push(resolve(dirname(file), target));
      else if (target?.startsWith("/")) queue.push(join(dirname(entry), target));
    }
  }
  return [...seen];
}

const kB = (bytes) => Number((bytes / 1000).toFixed(1));

export function measureBundle(chromeDir) {
  const manifest = JSON.parse(readFileSync(join(chromeDir, "manifest.json"), "utf8"));
  const contentFile = join(chromeDir, manifest.content_scripts?.[0]?.js?.[0] ?? "src/content/main.js");
  const workerFiles = withImports(join(chromeDir, manifest.background.service_worker));
  const content = readFileSync(contentFile);
  const worker = workerFiles.map((file) => readFileSync(file));
  const workerBytes = worker.reduce((sum, bytes) => sum + bytes.length, 0);
  return {
    content_kB: kB(content.length),
    content_gzip_kB: kB(gzipSync(content).length),
    worker_kB: kB(workerBytes),
    worker_gzip_kB: kB(worker.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0)),
    workerChunks: workerFiles.map((file) => `${relative(chromeDir, file)} ${kB(readFileSync(file).length)} kB`),
    contentOverBudget: content.length > CONTENT_SCRIPT_BUDGET_KB * 1000,
  };
}
