// The command line for Debian's Chromium with an unpacked extension, shared by the browser tests' harness
// (tests/browser/harness.ts) and the Chromium benches (src/tools/bench-*.mjs), which run as plain node
// scripts and so cannot import the TypeScript harness. Playwright adds --disable-extensions unless
// --disable-extensions-except names the extension's directory.

/** Chromium's arguments to load the extension in `extensionDir`, with nothing else reaching the network. */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
}
