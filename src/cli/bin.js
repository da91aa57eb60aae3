#!/usr/bin/env node
// The CLI is built with the extension (npm run build) so that it runs the very engine the worker runs.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = process.env.SAFE_HARBOR_DIST ?? fileURLToPath(new URL("../../dist", import.meta.url));
const built = resolve(dist, "cli/safe-harbor.mjs");
if (!existsSync(built)) {
  console.error("safe-harbor: not built yet; run `npm run build` first.");
  process.exit(2);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
