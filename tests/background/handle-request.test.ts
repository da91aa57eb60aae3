import { describe, expect, it } from "vitest";
import { handleRequest } from "../../src/background/handle-request";
import { memoryEnvironment, OPTIONS_PAGE, OWN, X_TAB } from "./environment";

const check = { type: "check", text: "pt Amy Ortiz 312-555-0188", site: "x", surface: "post", revision: 7 };
const EVENT = {
  site: "x",
  surface: "post",
  rules: ["phi/identifier-in-patient-context"],
  categories: ["phi"],
  severity: "high",
  decision: "cancelled",
};

describe("handleRequest", () => {
  it("judges text sent by our content script on a supported site, with the default gate", async () => {
    const { env } = memoryEnvironment();
    const answer = await handleRequest(check, X_TAB, env);
    expect(answer).toMatchObject({
      revision: 7,
      result: { verdict: "high" },
      gate: { action: "confirm", reasonRequired: false, siteEnabled: true },
    });
  });

  it.each([
    ["another extension", { id: "someone-else", tab: { url: "https://x.com/home" } }],
    ["a tab on another site", { id: OWN, tab: { url: "https://evil.example/" } }],
    ["a sender with neither tab nor page", { id: OWN }],
  ])("refuses %s", async (_who, sender) => {
    expect(await handleRequest(check, sender, memoryEnvironment().env)).toHaveProperty("error");
  });

  it("refuses malformed requests", async () => {
    const { env } = memoryEnvironment();
    expect(await handleRequest({ type: "check", text: 42 }, { id: OWN }, env)).toEqual({ error: "malformed request" });
    expect(await handleRequest({ type: "drop-tables" }, { id: OWN }, env)).toEqual({ error: "malformed request" });
  });

  it("lets a page's content script neither read nor clear the audit log nor change settings", async () => {
    const { env } = memoryEnvironment();
    for (const type of ["settings", "audit-log", "audit-clear"]) {
      expect(await handleRequest({ type }, X_TAB, env)).toHaveProperty("error");
    }
    const update = { type: "settings-update", settings: { actions: { high: "off" } } };
    expect(await handleRequest(update, X_TAB, env)).toHaveProperty("error");
    expect(await handleRequest({ type: "audit-log" }, OPTIONS_PAGE, env)).toMatchObject({ entries: [] });
  });

  it("decides the gate from the managed policy", async () => {
    const { env } = memoryEnvironment({
      actions: { high: "block" },
      reasonRequired: true,
      policyUrl: "https://intranet.example/policy",
    });
    expect(await handleRequest(check, X_TAB, env)).toMatchObject({
      gate: { action: "block", reasonRequired: false, policyUrl: "https://intranet.example/policy" },
    });
    const medium = { ...check, text: "", revision: 8 };
    expect(await handleRequest(medium, X_TAB, env)).toMatchObject({ gate: { action: "off" } });
  });

  it("does not check at all on a site the policy switches off", async () => {
    const { env } = memoryEnvironment({ enabledSites: ["linkedin"] });
    expect(await handleRequest(check, X_TAB, env)).toMatchObject({
      result: { verdict: "none", findings: [] },
      gate: { action: "off", siteEnabled: false },
    });
  });

  it("passes custom identifiers, terms and switched-off families from policy to the engine", async () => {
    const { env } = memoryEnvironment({
      customIdentifiers: [{ label: "MRN", pattern: "MRN\\d{7}", severity: "low" }],
      enabledCategories: ["policy"],
    });
    const answer = await handleRequest({ ...check, text: "pt Amy Ortiz MRN1234567" }, X_TAB, env);
    expect(answer).toMatchObject({ result: { verdict: "low" }, gate: { action: "inform" } });
    expect((answer as { result: { findings: Array<{ rule: string }> } }).result.findings.map((f) => f.rule)).toEqual([
      "policy/custom-identifier",
    ]);
  });

  it("keeps the user's settings but lets the organization's win", async () => {
    const { env, stored } = memoryEnvironment({ actions: { high: "block" } });
    const update = {
      type: "settings-update",
      settings: { actions: { high: "off", low: "off" }, reasonRequired: true },
    };
    const state = await handleRequest(update, OPTIONS_PAGE, env);
    expect(state).toMatchObject({
      policy: { actions: { high: "block", medium: "confirm", low: "off" }, reasonRequired: true },
      locked: ["actions.high"],
      managed: true,
    });
    expect(stored.user).toEqual({ actions: { low: "off" }, reasonRequired: true });
  });

  it("refuses to save settings with bad values, saying which", async () => {
    const { env, stored } = memoryEnvironment();
    const update = { type: "settings-update", settings: { actions: { high: "maybe" } } };
    expect(await handleRequest(update, OPTIONS_PAGE, env)).toEqual({ error: expect.stringMatching(/actions\.high/) });
    expect(stored.user).toBeUndefined();
  });

  it("reports policy problems by source and applies the rest", async () => {
    const { env } = memoryEnvironment(
      { customIdentifiers: [{ label: "MRN", pattern: "(\\d+)+" }], reasonRequired: true },
      { enabledSites: ["myspace"] },
    );
    const state = await handleRequest({ type: "settings" }, OPTIONS_PAGE, env);
    expect(state).toMatchObject({
      policy: { reasonRequired: true, customIdentifiers: [] },
      problems: [
        { key: "customIdentifiers[0].pattern", source: "organization" },
        { key: "enabledSites[0]", source: "user" },
      ],
    });
  });

  it("records audit events from the page, with the time, and exports them", async () => {
    const { env } = memoryEnvironment();
    expect(await handleRequest({ type: "audit", event: EVENT }, X_TAB, env)).toEqual({ ok: true });
    expect(await handleRequest({ type: "audit-log" }, OPTIONS_PAGE, env)).toMatchObject({
      entries: [{ ...EVENT, time: "2026-01-02T03:04:05.000Z" }],
      clearable: true,
    });
    const csv = await handleRequest({ type: "audit-export", format: "csv" }, OPTIONS_PAGE, env);
    expect(csv).toMatchObject({ filename: "safe-harbor-audit-2026-01-02.csv", mimeType: "text/csv" });
  });

  it("keeps no log when policy turns it off, and refuses to clear a log the organization keeps", async () => {
    const off = memoryEnvironment({ auditLog: { enabled: false } });
    await handleRequest({ type: "audit", event: EVENT }, X_TAB, off.env);
    expect(off.stored.audit).toBeUndefined();

    const kept = memoryEnvironment({ auditLog: { enabled: true } });
    await handleRequest({ type: "audit", event: EVENT }, X_TAB, kept.env);
    expect(await handleRequest({ type: "audit-clear" }, OPTIONS_PAGE, kept.env)).toHaveProperty("error");
    expect(kept.stored.audit).toHaveLength(1);
  });
});
