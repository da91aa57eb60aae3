import type { GateDecision } from "../../shared/protocol";
import type { CheckContext, Site, Surface, Verdict } from "../types";
import { CATEGORIES } from "../types";
import type { Policy } from "./schema";

/** Whether policy lets Safe Harbor check posts on `site`; pages that are no social site (the try box) always are. */
export function siteEnabled(policy: Policy, site: Site): boolean {
  return site === "other" || (policy.enabledSites as readonly Site[]).includes(site);
}

/** What the content script does with a checked post: the policy's action for its verdict. */
export function decideGate(verdict: Verdict, policy: Policy, site: Site): GateDecision {
  const enabled = siteEnabled(policy, site);
  const action = !enabled || verdict === "none" ? "off" : policy.actions[verdict];
  return {
    action,
    // Only a gate that offers "post anyway" can ask for its reason.
    reasonRequired: policy.reasonRequired && action === "confirm",
    ...(policy.policyUrl ? { policyUrl: policy.policyUrl } : {}),
    siteEnabled: enabled,
  };
}

/** The parts of a check's context that come from policy. */
export function checkContextFrom(policy: Policy, site: Site, surface: Surface): CheckContext {
  return {
    site,
    surface,
    org: policy.organization,
    customIdentifiers: policy.customIdentifiers,
    customTerms: policy.customTerms,
    disabledCategories: CATEGORIES.filter((category) => !policy.enabledCategories.includes(category)),
  };
}
