import { describe, expect, it } from "vitest";
import { readPolicy } from "../../../src/core/policy/read-policy";

const HOSPITAL = {
  actions: { high: "block", medium: "confirm", low: "inform" },
  reasonRequired: true,
  enabledSites: ["facebook", "x", "linkedin", "instagram"],
  enabledCategories: ["phi", "relationship", "policy"],
  customIdentifiers: [{ label: "MRN", pattern: "\\bMRN\\d{7}\\b", severity: "high" }],
  customTerms: [{ term: "Project Nightingale", label: "internal project", severity: "medium" }],
  organization: { phones: ["(312) 555-0100"], addresses: ["1 Harbor Way"], domains: ["harbor.example"] },
  policyUrl: "https://intranet.harbor.example/social-media",
  auditLog: { enabled: true, maxEntries: 5000 },
};

describe("readPolicy", () => {
  it("reads a complete, valid policy with no problems", () => {
    const { policy, problems } = readPolicy(HOSPITAL);
    expect(problems).toEqual([]);
    expect(policy).toEqual(HOSPITAL);
  });

  it.each([undefined, null, {}])("reads %j as no policy", (raw) => {
    expect(readPolicy(raw)).toEqual({ policy: {}, problems: [] });
  });

  it.each(["block everything", 42, [HOSPITAL]])("reports a policy that is not an object (%j)", (raw) => {
    const { policy, problems } = readPolicy(raw);
    expect(policy).toEqual({});
    expect(problems).toHaveLength(1);
  });

  it("reports an invalid custom regex and applies the rest", () => {
    const { policy, problems } = readPolicy({
      ...HOSPITAL,
      customIdentifiers: [{ label: "Broken", pattern: "MRN(\\d{7}" }, ...HOSPITAL.customIdentifiers],
    });
    expect(problems).toEqual([
      {
        key: "customIdentifiers[0].pattern",
        message: expect.stringMatching(/"Broken".*not a valid regular expression/),
      },
    ]);
    expect(policy.customIdentifiers).toEqual(HOSPITAL.customIdentifiers);
    expect(policy.actions).toEqual(HOSPITAL.actions);
  });

  it("reports unknown keys, wrong types and bad values one by one, keeping the good ones", () => {
    const { policy, problems } = readPolicy({
      actions: { high: "explode", medium: "warn", urgent: "block" },
      reasonRequired: "yes",
      enabledSites: ["x", "myspace", 3],
      blockEverything: true,
      customTerms: [{ term: "Bluebird", severity: "critical" }, { term: "" }, "plain"],
      organization: { phones: "312-555-0100", faxes: [] },
      policyUrl: "javascript:alert(1)",
      auditLog: { enabled: 1, maxEntries: 10_000_000 },
    });
    expect(policy).toEqual({
      actions: { medium: "warn" },
      enabledSites: ["x"],
      customTerms: [{ term: "Bluebird", severity: "medium" }],
      organization: {},
    });
    expect(problems.map((problem) => problem.key)).toEqual([
      "actions.high",
      "actions.urgent",
      "reasonRequired",
      "enabledSites[1]",
      "enabledSites[2]",
      "blockEverything",
      "customTerms[0].severity",
      "customTerms[1].term",
      "customTerms[2]",
      "organization.faxes",
      "organization.phones",
      "policyUrl",
      "auditLog.enabled",
      "auditLog.maxEntries",
    ]);
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
  });

  it("never throws, whatever arrives", () => {
    const odd = [() => 1, Symbol("x"), new Date(0), { actions: null }, { customIdentifiers: [null, [], 1] }];
    for (const raw of odd) expect(() => readPolicy(raw)).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.organization = cyclic;
    expect(() => readPolicy(cyclic)).not.toThrow();
  });
});
