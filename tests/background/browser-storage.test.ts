import { beforeEach, describe, expect, it, vi } from "vitest";

const managedGet = vi.fn<() => Promise<Record<string, unknown>>>();
vi.mock("webextension-polyfill", () => ({
  default: { storage: { managed: { get: () => managedGet() }, local: { get: async () => ({}) } } },
}));

const { browserPolicySources } = await import("../../src/background/browser-storage");
const { createPolicyStore } = await import("../../src/background/policy-store");

describe("reading the organization's policy from the browser", () => {
  beforeEach(() => {
    managedGet.mockReset();
  });

  it("treats Firefox's throw for a missing policies.json entry as no policy", async () => {
    managedGet.mockImplementation(async () => {
      throw new Error("Managed storage manifest not found");
    });
    const state = await createPolicyStore(browserPolicySources).current();
    expect(state).toMatchObject({ managed: false, locked: [], problems: [] });
  });

  it("treats Chrome's empty managed storage as no policy", async () => {
    managedGet.mockResolvedValue({});
    expect(await browserPolicySources.readManaged()).toBeUndefined();
  });

  it("hands a policy over as the browser gives it", async () => {
    managedGet.mockResolvedValue({ actions: { high: "block" }, mystery: 1 });
    const state = await createPolicyStore(browserPolicySources).current();
    expect(state).toMatchObject({
      managed: true,
      locked: ["actions.high"],
      problems: [{ key: "mystery", source: "organization" }],
    });
  });
});
