import { describe, expect, it } from "vitest";
import { auditToCsv, auditToJson } from "../../src/background/audit-export";
import { handleRequest } from "../../src/background/handle-request";
import type { Responses } from "../../src/shared/protocol";
import { memoryEnvironment, OPTIONS_PAGE, X_TAB } from "./environment";

const MARKER = "ZQXJ-marker-7f3a9c";
const POST = `pt ${MARKER} Amy Ortiz, her number is 312-555-0188`;
const SETTINGS = { enabled: true, maxEntries: 3 };

function event(decision: string, extra: Record<string, unknown> = {}) {
  return {
    site: "x",
    surface: "reply",
    rules: ["phi/identifier-in-patient-context"],
    categories: ["phi"],
    severity: "high",
    decision,
    ...extra,
  };
}

describe("audit log", () => {
  it("holds no post text or matched value in either export, even when a page sends some", async () => {
    const { env, stored } = memoryEnvironment();
    const checked = await handleRequest(
      { type: "check", text: POST, site: "x", surface: "reply", revision: 1 },
      X_TAB,
      env,
    );
    expect(checked).toMatchObject({ result: { verdict: "high" } });
    // A careless or hostile page stuffs the text into every field it can.
    const leaky = event("posted-anyway", {
      text: POST,
      rules: ["phi/identifier-in-patient-context", POST],
      categories: ["phi", MARKER],
      matches: [MARKER],
      reason: "approved by family",
    });
    await handleRequest({ type: "audit", event: leaky }, X_TAB, env);
    await handleRequest({ type: "audit", event: event("cancelled") }, X_TAB, env);

    for (const format of ["csv", "json"] as const) {
      const exported = (await handleRequest(
        { type: "audit-export", format },
        OPTIONS_PAGE,
        env,
      )) as Responses["audit-export"];
      expect(exported.content).toContain("posted-anyway");
      expect(exported.content).toContain("approved by family");
      expect(exported.content).not.toContain(MARKER);
      expect(exported.content).not.toContain("555-0188");
    }
    expect(JSON.stringify(stored.audit)).not.toContain(MARKER);
  });

  it("keeps only the newest entries", async () => {
    const { env } = memoryEnvironment();
    for (const decision of ["edited", "fixed", "ignored", "cancelled", "blocked"]) {
      await env.audit.append(event(decision), SETTINGS);
    }
    expect((await env.audit.entries()).map((entry) => entry.decision)).toEqual(["ignored", "cancelled", "blocked"]);
  });

  it("loses no entry when decisions arrive together", async () => {
    const { env } = memoryEnvironment();
    await Promise.all(["edited", "fixed", "ignored"].map((decision) => env.audit.append(event(decision), SETTINGS)));
    expect(await env.audit.entries()).toHaveLength(3);
  });

  it("refuses an event without a known decision, site or severity", async () => {
    const { env } = memoryEnvironment();
    for (const bad of [event("deleted"), event("edited", { site: "myspace" }), event("edited", { severity: "none" })]) {
      await expect(env.audit.append(bad, SETTINGS)).rejects.toThrow(/malformed/);
    }
    expect(await env.audit.entries()).toEqual([]);
  });

  it("writes CSV a spreadsheet opens safely and JSON that reads back", () => {
    const entries = [
      { time: "2026-01-02T03:04:05.000Z", ...event("posted-anyway", { reason: '=HYPERLINK("x"), "quoted"' }) },
    ] as Parameters<typeof auditToCsv>[0];
    const csv = auditToCsv(entries);
    expect(csv.split("\r\n")[0]).toBe("time,site,surface,severity,decision,reason,categories,rules");
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(JSON.parse(auditToJson(entries)).entries).toEqual(entries);
  });
});
