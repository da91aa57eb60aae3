import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../../lexicons/conduct-test-kit";

const RULE = "security/internal-link";

describe(RULE, () => {
  it.each([
    ["Our VPN guide is at http://10.12.4.7/vpn-setup if anyone needs it", "http://10.12.4.7/vpn-setup"],
    ["Shift swap sheet: http://intranet.mercy.local/schedules/nights.", "http://intranet.mercy.local/schedules/nights"],
    ["Policy is on https://policies.sharp.corp/infection-control", "https://policies.sharp.corp/infection-control"],
    ["Errors on http://192.168.40.12:8080/pyxis today?", "http://192.168.40.12:8080/pyxis"],
    ["Downtime forms at http://172.20.1.15/downtime", "http://172.20.1.15/downtime"],
    ["Forms are on \\\\fileserver01\\peds\\policies", "\\\\fileserver01\\peds\\policies"],
    ["Try http://epicprd01/hyperspace", "http://epicprd01/hyperspace"],
  ])("flags %j as medium", (text, link) => {
    const findings = findingsOf(RULE, text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([link]);
    expect(findings[0]?.severity).toBe("medium");
  });

  it.each([
    "Can someone open https://ehr.mercy.internal/chart?patientId=A73F and check allergies",
    "census: http://cerner-prod01/census?unit=4W&mrn=1182233",
  ])("flags a link with a patient parameter as high: %j", (text) => {
    expect(findingsOf(RULE, text)[0]?.severity).toBe("high");
  });

  it.each([
    "Our new patient portal is live at https://mychart.riversidehealth.org",
    "Visit riversidehealth.org/careers to apply.",
    "Version 10.2.1 of our app is out.",
    "Study: 10.4% of hospital laptops lack disk encryption.",
    "Email feedback@riversidehealth.org anytime.",
    "Learn more at epic.com/events",
    "The 192 new nurses who joined us this year: welcome!",
  ])("leaves %j alone", (text) => {
    expect(flaggedWords(RULE, text)).toEqual([]);
  });
});

describe(`${RULE}: encounter and visit parameters`, () => {
  it.each([
    "Dictation backlog: https://portal.orthogroup.com/dictations?encounter=44012893&token=a7f9",
    "order link: https://ehr.mercy.org/orders?visit=998877 can someone cosign",
  ])("flags %j as high", (text) => {
    expect(findingsOf(RULE, text)[0]?.severity).toBe("high");
  });
});

describe(`${RULE}: more patient parameters`, () => {
  it.each([
    "https://ris.hospital.local/study?studyId=RX55120",
    "http://10.4.2.19/orders/view?referral_id=884213",
    "https://pas.trust.internal/lookup?nhs_no=4857773456",
  ])("is high for %j", (text) => {
    expect(findingsOf(RULE, text).map((finding) => finding.severity)).toEqual(["high"]);
  });
});

describe(`${RULE}: an intranet census or patient list is high with no identifier`, () => {
  it.each([
    "the ward's patient list lives at http://intranet.mercy.local/patientlist?ward=7 no login needed",
    "bed board for tonight: http://10.4.2.9/census?unit=ICU&showPHI=1",
  ])("flags %j as high", (text) => {
    expect(findingsOf(RULE, text).map((finding) => finding.severity)).toEqual(["high"]);
  });

  it("keeps an intranet rota link medium", () => {
    const text = "rota is up at http://intranet.mercy.local/rota/december";
    expect(findingsOf(RULE, text).map((finding) => finding.severity)).toEqual(["medium"]);
  });
});
