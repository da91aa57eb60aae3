import { identifierInPatientContext } from "./phi/identifier-in-patient-context";
import type { Rule } from "./rule";

/**
 * Every rule the engine runs, in the order their findings are listed. A rule lives in
 * `rules/<family>/<name>.ts` and its id is "<family>/<name>"; tests/core/rules/registry.test.ts checks
 * that each such file is listed here, documented in docs/rules.md and tested in tests/core/rules/.
 */
export const RULES: readonly Rule[] = [
  // PHI, relationship and consent (issue 3)
  identifierInPatientContext,
  // Professionalism, advice, misinformation, security, disclosure (issue 4)
];
