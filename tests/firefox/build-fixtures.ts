import { resolve } from "node:path";
import { buildFixtures } from "../fixtures/build.mjs";

/**
 * Where the Firefox project's fixture bundles go: its own directory, so this build never races the
 * Chromium project's build of the same pages.
 */
export const FIREFOX_FIXTURE_ASSETS = resolve(process.env.SAFE_HARBOR_DIST ?? "dist", "fixtures-firefox");

/** vitest globalSetup for the firefox project: bundles the fixture pages (real Draft.js, Lexical) once per run. */
export default async function setup(): Promise<void> {
  await buildFixtures(FIREFOX_FIXTURE_ASSETS);
}
