#!/usr/bin/env node
// The CLI is built with the extension (npm run build) so that it runs the very engine the worker runs.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const built = fileURLToPath(new URL("../../dist/cli/safe-harbor.mjs", import.meta.url));
if (!existsSync(built)) {
  console.error("safe-harbor: not built yet; run `npm run build` first.");
  process.exit(2);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
