import { describe, expect, it } from "vitest";
import { handleRequest } from "../../src/background/handle-request";

const OWN = "ndkgngbfjfahhglceglbdekgpcboceac";
const check = { type: "check", text: "pt Amy Ortiz 312-555-0188", site: "x", surface: "post", revision: 7 };

describe("handleRequest", () => {
  it("judges text sent by our content script on a supported site", () => {
    const answer = handleRequest(check, { id: OWN, tab: { url: "https://x.com/home" } }, OWN, "1.0");
    expect(answer).toMatchObject({ revision: 7, result: { verdict: "high" } });
  });

  it.each([
    ["another extension", { id: "someone-else", tab: { url: "https://x.com/home" } }],
    ["a tab on another site", { id: OWN, tab: { url: "https://evil.example/" } }],
  ])("refuses %s", (_who, sender) => {
    expect(handleRequest(check, sender, OWN, "1.0")).toHaveProperty("error");
  });

  it("refuses malformed requests", () => {
    expect(handleRequest({ type: "check", text: 42 }, { id: OWN }, OWN, "1.0")).toEqual({ error: "malformed request" });
    expect(handleRequest({ type: "drop-tables" }, { id: OWN }, OWN, "1.0")).toEqual({ error: "malformed request" });
  });
});
