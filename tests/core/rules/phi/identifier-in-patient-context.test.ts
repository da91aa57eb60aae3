import { describe, expect, it } from "vitest";
import { check } from "../../../../src/core/check";
import type { CheckContext } from "../../../../src/core/types";

const RULE = "phi/identifier-in-patient-context";
const flagged = (text: string, context: CheckContext = {}) =>
  check(text, context)
    .findings.filter((finding) => finding.rule === RULE)
    .map((finding) => text.slice(finding.start, finding.end));

describe(RULE, () => {
  it.each([
    ["pt's daughter can be reached at 312-555-0188", "312-555-0188"],
    ["pt's mom number: 2 1 4 5 5 5 0 1 3 7, she wants an update", "2 1 4 5 5 5 0 1 3 7"],
    ["pt SSN 123-45-6789 was on the fax cover sheet", "123-45-6789"],
    ["pt says last 4 of her social is 7731", "7731"],
    ["mrn# 00938271 has two charts again", "00938271"],
    ["Medicaid ID 9876543210A for the pt in bay 4 doesn't work", "9876543210A"],
    ["pt's zip is 02139 and address 77 Mass Ave", "77 Mass Ave"],
    ["the guy who crashed on Route 9 this morning is in our trauma bay", "Route 9"],
    ["pt email is bjones77@gmail.com, she wants her records", "bjones77@gmail.com"],
    ["license plate 7KQR482 is in the ambulance bay, it's the dialysis pt's son", "7KQR482"],
    ["pt's pacemaker serial PJN884201H is on the recall list", "PJN884201H"],
    ["the pt in 22 is streaming from 73.162.41.205 on guest wifi", "73.162.41.205"],
  ])("flags the identifier in %j", (text, identifier) => {
    expect(flagged(text)).toContain(identifier);
  });

  it.each([
    "Get your flu shot! Call (555) 310-2200.",
    "Join us for a free diabetes class at 800 Main Street, Suite 100.",
    "email questions about the residency program to gme@riversidehealth.org",
    "Our walk-in clinic on Route 9 is open until 9pm tonight.",
    "We're sorry to hear that. Please contact our patient advocate at 555-310-2250.",
  ])("leaves the organization's own details alone: %j", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("never flags the organization's phone, address or domain from policy, even next to a patient", () => {
    const org = { phones: ["(555) 310-2200"], addresses: ["12 Elm Street"], domains: ["elmclinic.org"] };
    const text = "Our patient can call 555-310-2200 or visit 12 Elm Street or elmclinic.org/forms";
    expect(flagged(text, { org })).toEqual([]);
    expect(flagged(text)).not.toEqual([]);
  });

  it("offers a replacement for the number", () => {
    const finding = check("pt's cell is 617-555-0142").findings.find((candidate) => candidate.rule === RULE);
    expect(finding?.suggestion).toBe("[phone removed]");
    expect(finding?.message).toMatch(/phone number/);
  });
});
