import { describe, expect, it } from "vitest";
import { decideGate } from "../../../src/core/policy/gate";
import { mergePolicy, withoutLocked } from "../../../src/core/policy/merge";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

describe("mergePolicy", () => {
  it("is the default policy with nothing set", () => {
    expect(mergePolicy({}, {})).toEqual({ policy: DEFAULT_POLICY, locked: [] });
  });

  it("lets managed values win and locks exactly them", () => {
    const { policy, locked } = mergePolicy(
      { actions: { high: "block" }, reasonRequired: true, auditLog: { enabled: true } },
      { actions: { high: "inform", low: "off" }, reasonRequired: false, auditLog: { enabled: false, maxEntries: 50 } },
    );
    expect(policy.actions).toEqual({ high: "block", medium: "confirm", low: "off" });
    expect(policy.reasonRequired).toBe(true);
    expect(policy.auditLog).toEqual({ enabled: true, maxEntries: 50 });
    expect(locked).toEqual(["actions.high", "reasonRequired", "auditLog.enabled"]);
  });

  it("keeps the user's own values where the organization set nothing", () => {
    const { policy } = mergePolicy({}, { enabledSites: ["x"], customTerms: [{ term: "Bluebird", severity: "low" }] });
    expect(policy.enabledSites).toEqual(["x"]);
    expect(policy.customTerms).toEqual([{ term: "Bluebird", severity: "low" }]);
  });

  it("drops the user's values for locked settings before saving", () => {
    const user = { actions: { high: "off", low: "warn" }, enabledSites: ["x"], auditLog: { enabled: false } } as const;
    expect(withoutLocked(structuredClone(user) as never, ["actions.high", "auditLog.enabled"])).toEqual({
      actions: { low: "warn" },
      enabledSites: ["x"],
    });
  });
});

describe("decideGate", () => {
  const { policy } = mergePolicy(
    {
      actions: { high: "block", medium: "confirm", low: "inform" },
      reasonRequired: true,
      enabledSites: ["x", "linkedin"],
      policyUrl: "https://intranet.example/policy",
    },
    {},
  );

  it.each([
    ["high", "block", false],
    ["medium", "confirm", true],
    ["low", "inform", false],
    ["none", "off", false],
  ] as const)("a %s post gets %s (reason required: %s)", (verdict, action, reasonRequired) => {
    expect(decideGate(verdict, policy, "x")).toEqual({
      action,
      reasonRequired,
      policyUrl: "https://intranet.example/policy",
      siteEnabled: true,
    });
  });

  it("does nothing on a site the policy switches off", () => {
    expect(decideGate("high", policy, "facebook")).toMatchObject({ action: "off", siteEnabled: false });
  });

  it("keeps the skeleton's defaults without a policy", () => {
    expect(decideGate("high", DEFAULT_POLICY, "facebook")).toEqual({
      action: "confirm",
      reasonRequired: false,
      siteEnabled: true,
    });
  });
});
