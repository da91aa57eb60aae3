import type { Candidate } from "../recognizers/recognizer";
import type { Post } from "../rules/rule";
import { cuesOf, type SentenceCues } from "./cues";
import { FAMILY_AFTER_NAME, FAMILY_BEFORE_NAME } from "./own-news";
import { confirmsRelationship } from "./relationship";
import { STAFF_AFTER_NAME, STAFF_BEFORE_NAME } from "./staff-roles";

export type PersonRole = "patient" | "staff" | "family" | "organization" | "public figure" | "unknown";

/** Identifiers that only ever belong to a patient or member: their label says so. */
const INTRINSIC = new Set(["ssn", "mrn", "health-plan"]);
/** A sentence about staff: an age or a date in it is theirs ("our founder died at 94"). */
const STAFF_SENTENCE =
  /\b(?:dr\.?|doctor|nurse|founder|ceo|colleague|coworker|co-worker|retire\w*|staff|team|hired|joins|joined|anniversary|years of service|award|honoree|volunteer)\b/i;

const PUBLIC_NEWS =
  /\b(?:opening up about|opened up about|open about|announced|announces|revealed|reveals|went public|made public|in the news|according to|reported|interview|documentary|memoir|press release|told (?:fans|reporters)|on instagram|on twitter|on tiktok)\b/i;

/** Congratulations to staff on a birth, wedding or family event: the names around it are their family. */
const STAFF_FAMILY_NEWS =
  /\b(?:congrats|congratulations)\b[^.!?]{0,80}\b(?:our|my) (?:own )?[^.!?]{0,40}\bon (?:their|her|his) (?:new (?:son|daughter|baby|addition|little one|grandbaby)|baby (?:boy|girl)|wedding|engagement)\b/i;

/** The rest of a list of names after the first: ", Devon and Ash". */
const NAME_LIST_REST = /^(?:,? (?:and |& )?[A-Z][a-z'-]+){1,6}/;

const cache = new WeakMap<Post, Map<Candidate, PersonRole>>();

interface PostFacts {
  sentencesWithRoom: Set<SentenceCues | undefined>;
  /** Some name in the post is a patient's (computed once, on first use). */
  namesAPatient(): boolean;
  /** The post congratulates staff on family news (computed once, on first use). */
  staffFamilyNews(): boolean;
  /** The sentence reports health news its subject made public (computed once per sentence). */
  publicNews(sentence: SentenceCues): boolean;
}

const factsCache = new WeakMap<Post, PostFacts>();

/** Facts about the whole post that every candidate asks about, computed once so checks stay linear. */
function facts(post: Post): PostFacts {
  let found = factsCache.get(post);
  if (!found) {
    let patientName: boolean | undefined;
    let familyNews: boolean | undefined;
    const publicNews = new Map<SentenceCues, boolean>();
    found = {
      sentencesWithRoom: new Set(
        post.candidates.filter((other) => other.type === "room").map((room) => cuesOf(post).sentenceAt(room.start)),
      ),
      namesAPatient() {
        patientName ??= post.candidates.some(
          (other) => other.type === "person" && personRole(post, other) === "patient",
        );
        return patientName;
      },
      staffFamilyNews() {
        familyNews ??= STAFF_FAMILY_NEWS.test(post.text);
        return familyNews;
      },
      publicNews(sentence) {
        let reported = publicNews.get(sentence);
        if (reported === undefined) {
          reported = PUBLIC_NEWS.test(sentence.text);
          publicNews.set(sentence, reported);
        }
        return reported;
      },
    };
    factsCache.set(post, found);
  }
  return found;
}

/** Who a name belongs to, judged from the words around it. */
export function personRole(post: Post, candidate: Candidate): PersonRole {
  let roles = cache.get(post);
  if (!roles) {
    roles = new Map();
    cache.set(post, roles);
  }
  const known = roles.get(candidate);
  if (known) return known;
  const role = judgePersonRole(post, candidate);
  roles.set(candidate, role);
  return role;
}

function judgePersonRole(post: Post, candidate: Candidate): PersonRole {
  if (candidate.organization) return "organization";
  const sentence = cuesOf(post).sentenceAt(candidate.start);
  const lead = post.text.slice(Math.max(sentence?.start ?? 0, candidate.start - 60), candidate.start);
  const tail = post.text.slice(candidate.end, candidate.end + 60);
  if (FAMILY_BEFORE_NAME.test(lead) || FAMILY_AFTER_NAME.test(tail)) return "family";
  // A colleague's family news: "Congrats to our NICU nurse Kayla and her husband Ben on their new son".
  if (
    facts(post).staffFamilyNews() &&
    (/\b(?:baby|her|his|their) (?:\w+ )?$/i.test(lead) || STAFF_BEFORE_NAME.test(lead))
  ) {
    return "family";
  }
  if (candidate.label === "patient") return "patient";
  if (candidate.label === "addressed" && confirmsRelationship(post)) return "patient";
  if (candidate.label === "clinician") return "staff";
  // Health news someone made public themselves ("X opening up about her diagnosis") is not a disclosure.
  if (sentence && facts(post).publicNews(sentence) && !sentence.patient) {
    return "public figure";
  }
  // A list of names shares its role: "shoutout to Maria, Devon and Ash for covering every weekend".
  const afterList = tail.replace(NAME_LIST_REST, "");
  if (STAFF_BEFORE_NAME.test(lead) || STAFF_AFTER_NAME.test(tail) || STAFF_AFTER_NAME.test(afterList)) return "staff";
  if (candidate.label === "public figure") {
    return sentence?.seenOrTreated &&
      !/\b(?:ribbon|tour(?:ed|s)?|speech|announce[ds]?|fundraiser|donat\w*)\b/i.test(sentence.text)
      ? "patient"
      : "public figure";
  }
  if (!sentence) return "unknown";
  if (sentence.organizationVoice && !sentence.patient && !sentence.health) return "unknown";
  if (sentence.ownNews && !sentence.patient) return "family";
  if (sentence.patient || sentence.health || sentence.publicFigure) return "patient";
  const hasRoom = facts(post).sentencesWithRoom.has(sentence);
  // A titled or anchored name in a sentence about ward life ("Mrs. Abernathy asked for her 4th warm blanket").
  if (hasRoom || (candidate.label !== "addressed" && sentence.careSetting)) return "patient";
  // A name in the sentence right after or before one about a patient ("...in bed 4. Maria is 41").
  const index = cuesOf(post).sentences.indexOf(sentence);
  const neighbours = [cuesOf(post).sentences[index - 1], cuesOf(post).sentences[index + 1]];
  if (neighbours.some((other) => other?.patient)) return "patient";
  // A name in a post about someone's care, in no other role ("Sending love to Ava ... NICU nurses").
  const careElsewhere = cuesOf(post).sentences.some(
    (other) => (other.patient || other.health) && !other.ownNews && !other.organizationVoice,
  );
  if (careElsewhere && candidate.label !== "addressed") return "patient";
  return "unknown";
}

/** Is an identifier (not a name) tied to a patient in this post? */
export function tiedToPatient(post: Post, candidate: Candidate): boolean {
  if (candidate.organization) return false;
  const sentence = cuesOf(post).sentenceAt(candidate.start) as SentenceCues | undefined;
  if (!sentence) return false;
  if (INTRINSIC.has(candidate.type))
    return !/\bmy (?:own )?$/i.test(
      post.text
        .slice(Math.max(0, candidate.start - 12), candidate.start)
        .replace(/\b(?:ssn|social|mrn|id|#|:)\s*$/i, ""),
    );
  if (sentence.organizationVoice && !sentence.patient) return false;
  if (sentence.ownNews && !sentence.patient) return false;
  if (sentence.patient) return true;
  if ((candidate.type === "age" || candidate.type === "date") && STAFF_SENTENCE.test(sentence.text)) return false;
  if (confirmsRelationship(post)) return true;
  if (facts(post).namesAPatient()) return true;
  if (!cuesOf(post).patient) return false;
  // The post is about a patient: identifiers in its health-related or neighbouring sentences are theirs.
  const index = cuesOf(post).sentences.indexOf(sentence);
  const neighbours = [cuesOf(post).sentences[index - 1], cuesOf(post).sentences[index + 1]];
  return sentence.health || neighbours.some((other) => other?.patient) || candidate.type === "room";
}
