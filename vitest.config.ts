import { defineConfig } from "vitest/config";

/**
 * Three projects: `unit` (engine, CLI, policy; fast, parallel), `browser` (the built extension in
 * real Chromium) and `firefox` (the built extension in real Firefox); the browser ones run one file at
 * a time because each launches a browser.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/browser/**", "tests/firefox/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          // Bundles the fixture pages (real Draft.js, Lexical) into $SAFE_HARBOR_DIST/fixtures.
          globalSetup: ["tests/browser/build-fixtures.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "firefox",
          include: ["tests/firefox/**/*.test.ts"],
          // Bundles the same fixture pages into $SAFE_HARBOR_DIST/fixtures-firefox.
          globalSetup: ["tests/firefox/build-fixtures.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // After the unit and Chromium projects: two browsers at once on a small CI machine is flaky.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
