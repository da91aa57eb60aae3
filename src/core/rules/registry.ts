import { identifierInPatientContext } from "./phi-identifier-in-patient-context";
import type { Rule } from "./rule";

/** Every rule the engine runs. A meta-test checks each file in this folder is listed here and in docs/rules.md. */
export const RULES: readonly Rule[] = [identifierInPatientContext];
