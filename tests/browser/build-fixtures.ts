import { buildFixtures } from "../fixtures/build.mjs";
import { FIXTURE_ASSETS } from "./harness";

/** vitest globalSetup for the browser project: bundles the fixture pages into $SAFE_HARBOR_DIST/fixtures. */
export default async function setup(): Promise<void> {
  await buildFixtures(FIXTURE_ASSETS);
}
