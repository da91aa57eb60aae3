import { crx } from "@crxjs/vite-plugin";
import { defineConfig, type UserConfig } from "vite";
import { type Browser, manifestFor } from "./src/tools/manifest.ts";

const CONTENT_SCRIPT = "src/content/main.ts";

/** `vite build --mode chrome|firefox` builds the extension; `--mode cli` builds the Node CLI. */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === "cli") {
    return {
      build: {
        ssr: "src/cli/main.ts",
        outDir: "dist/cli",
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
      outDir: `dist/${browser}`,
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
