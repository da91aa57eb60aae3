import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (engine, CLI, policy; fast, parallel) and `browser` (the built extension in
 * real Chromium; one file at a time because each launches a browser).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"], exclude: ["tests/browser/**"] },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
