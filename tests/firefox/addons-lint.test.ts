import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { GECKO_ID } from "../../src/tools/manifest";
import { DIST_FIREFOX } from "./harness";

const LINTER = resolve("node_modules/addons-linter/bin/addons-linter");

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}

interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

/** Mozilla's addons-linter, the check addons.mozilla.org runs on upload, on the built dist/firefox. */
async function lintFirefoxBuild(): Promise<LinterReport> {
  const { stdout } = await promisify(execFile)(process.execPath, [LINTER, "--output", "json", DIST_FIREFOX], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((failure: { stdout?: string }) => {
    // The linter exits non-zero when it finds errors; the report is still on stdout.
    if (failure.stdout) return { stdout: failure.stdout };
    throw failure;
  });
  return JSON.parse(stdout) as LinterReport;
}

const describeMessage = (m: LinterMessage) => `${m.code} in ${m.file ?? "?"}: ${m.message}`;

describe("dist/firefox passes Mozilla's addons-linter", () => {
  let report: LinterReport;
  beforeAll(async () => {
    report = await lintFirefoxBuild();
  });

  it("has no errors", () => {
    expect(report.errors.map(describeMessage)).toEqual([]);
  });

  it("explains every warning it has in docs/firefox.md", () => {
    const doc = readFileSync("docs/firefox.md", "utf8");
    const unexplained = report.warnings.filter((warning) => !doc.includes(warning.code));
    expect(unexplained.map(describeMessage)).toEqual([]);
  });
});

describe("the Firefox manifest", () => {
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, "manifest.json"), "utf8"));

  it("uses an event page: background scripts, no service worker", () => {
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
  });

  it("names the gecko id policies.json addresses, and the version floors", () => {
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: "140.0",
      data_collection_permissions: { required: ["none"] },
    });
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe("142.0");
  });

  it("keeps its name within the 45 characters addons.mozilla.org allows", () => {
    expect(manifest.name.length).toBeLessThanOrEqual(45);
  });
});
