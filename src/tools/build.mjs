// Builds both browsers' extensions and the CLI: dist/chrome, dist/firefox, dist/cli.
import { build } from "vite";

for (const mode of ["chrome", "firefox", "cli"]) {
  await build({ mode, logLevel: "warn" });
}
const dist = process.env.SAFE_HARBOR_DIST ?? "dist";
console.log(`built ${dist}/chrome, ${dist}/firefox, ${dist}/cli`);
