import { crx } from "@crxjs/vite-plugin";
import { defineConfig, type UserConfig } from "vite";
import { type Browser, manifestFor } from "./src/tools/manifest.ts";

const CONTENT_SCRIPT = "src/content/main.ts";
/** SAFE_HARBOR_DIST moves the build output (parallel work on one machine); `dist` by default. */
const DIST = process.env.SAFE_HARBOR_DIST ?? "dist";

/** `vite build --mode chrome|firefox` builds the extension; `--mode cli` builds the Node CLI. */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === "cli") {
    return {
      // Bundle the engine's dependencies too, so the CLI runs from any output directory.
      ssr: { noExternal: true },
      publicDir: false,
      build: {
        ssr: "src/cli/main.ts",
        outDir: `${DIST}/cli`,
        emptyOutDir: true,
        target: "node20",
        minify: false,
        rollupOptions: { output: { entryFileNames: "safe-harbor.mjs" } },
      },
    };
  }
  const browser: Browser = mode === "firefox" ? "firefox" : "chrome";
  return {
    build: {
      outDir: `${DIST}/${browser}`,
      emptyOutDir: true,
      target: browser === "chrome" ? "chrome120" : "firefox140",
      // Source maps stay out of the store package; no eval, no remote code.
      sourcemap: false,
      modulePreload: false,
    },
    plugins: [
      crx({
        manifest: manifestFor(browser) as never,
        browser,
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT], injectCss: false },
      }),
    ],
  };
});
