import { discouragingCare } from "./advice/discouraging-care";
import { medicationInstruction } from "./advice/medication-instruction";
import { privateConsult } from "./advice/private-consult";
import { remoteDiagnosis } from "./advice/remote-diagnosis";
import { patientImage } from "./consent/patient-image";
import { credentialClaim } from "./disclosure/credential-claim";
import { undisclosedPromotion } from "./disclosure/undisclosed-promotion";
import { absoluteClaim } from "./misinformation/absolute-claim";
import { knownMyth } from "./misinformation/known-myth";
import { ageOver89 } from "./phi/age-over-89";
import { identifierInPatientContext } from "./phi/identifier-in-patient-context";
import { namedPatient } from "./phi/named-patient";
import { patientDate } from "./phi/patient-date";
import { quasiIdentifier } from "./phi/quasi-identifier";
import { customIdentifier } from "./policy/custom-identifier";
import { customTerm } from "./policy/custom-term";
import { derogatoryLanguage } from "./professionalism/derogatory-language";
import { disparagingColleague } from "./professionalism/disparaging-colleague";
import { disparagingEmployer } from "./professionalism/disparaging-employer";
import { impairedAtWork } from "./professionalism/impaired-at-work";
import { insultingReviewer } from "./professionalism/insulting-reviewer";
import { profanity } from "./professionalism/profanity";
import { confirmsPatient } from "./relationship/confirms-patient";
import { publicFigureTreated } from "./relationship/public-figure-treated";
import type { Rule } from "./rule";
import { doorCode } from "./security/door-code";
import { internalLink } from "./security/internal-link";
import { screenOrBadgePhoto } from "./security/screen-or-badge-photo";
import { sharedPassword } from "./security/shared-password";

/**
 * Every rule the engine runs, in the order their findings are listed. A rule lives in
 * `rules/<family>/<name>.ts` and its id is "<family>/<name>"; tests/core/rules/registry.test.ts checks
 * that each such file is listed here, documented in docs/rules.md and tested in tests/core/rules/.
 */
export const RULES: readonly Rule[] = [
  // PHI, relationship and consent (issue 3)
  namedPatient,
  identifierInPatientContext,
  patientDate,
  ageOver89,
  quasiIdentifier,
  confirmsPatient,
  publicFigureTreated,
  patientImage,
  // Professionalism, advice, misinformation, security, disclosure (issue 4)
  profanity,
  derogatoryLanguage,
  disparagingColleague,
  disparagingEmployer,
  impairedAtWork,
  insultingReviewer,
  medicationInstruction,
  remoteDiagnosis,
  privateConsult,
  discouragingCare,
  knownMyth,
  absoluteClaim,
  sharedPassword,
  doorCode,
  internalLink,
  screenOrBadgePhoto,
  undisclosedPromotion,
  credentialClaim,
  // Policy (issue 7)
  customIdentifier,
  customTerm,
];
