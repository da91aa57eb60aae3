import { check } from "../core/check";
import {
  type CheckContext,
  type CheckResult,
  type EntityType,
  type Severity,
  SITES,
  type Site,
  SURFACES,
  type Surface,
  severityRank,
  VERDICTS,
  type Verdict,
} from "../core/types";

/** One labelled post, in the format of shared/corpus/dev.jsonl. */
export interface LabelledPost {
  id: string;
  site?: string;
  surface?: string;
  expect: Verdict;
  cats: string[];
  text: string;
  entities: Array<{ type: EntityType; value: string }>;
}

export interface Miss {
  id: string;
  kind: "verdict" | "entity";
  expected: string;
  got: string;
  text: string;
}

export interface Rate {
  hit: number;
  total: number;
  rate: number;
}

export interface Scores {
  records: number;
  highRecall: Rate;
  mediumRecall: Rate;
  falseAlarms: Rate;
  entityRecall: Rate;
  misses: Miss[];
}

export function parseCorpus(source: string, name: string): LabelledPost[] {
  const posts: LabelledPost[] = [];
  source.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${index + 1}: not valid JSON`);
    }
    const post = record as Partial<LabelledPost>;
    if (typeof post.text !== "string" || !VERDICTS.includes(post.expect as Verdict)) {
      throw new Error(`${name}:${index + 1}: needs "text" and "expect" (one of ${VERDICTS.join(", ")})`);
    }
    posts.push({
      id: String(post.id ?? `${name}:${index + 1}`),
      site: post.site,
      surface: post.surface,
      expect: post.expect as Verdict,
      cats: post.cats ?? [],
      text: post.text,
      entities: post.entities ?? [],
    });
  });
  return posts;
}

function rate(hit: number, total: number): Rate {
  return { hit, total, rate: total === 0 ? 1 : hit / total };
}

const atLeast = (verdict: Verdict, floor: Severity) => severityRank(verdict) >= severityRank(floor);

/**
 * Scores results against labels. High recall: high posts judged high. Medium recall: medium posts
 * judged at least medium. False alarms: clean posts judged medium or high (an informational `low`
 * note is allowed on a clean post). Entity recall: labelled identifiers overlapped by an entity of
 * the same type.
 */
export function scoreCorpus(posts: LabelledPost[], results: CheckResult[]): Scores {
  const misses: Miss[] = [];
  let high = 0;
  let highTotal = 0;
  let medium = 0;
  let mediumTotal = 0;
  let alarms = 0;
  let cleanTotal = 0;
  let entities = 0;
  let entityTotal = 0;
  posts.forEach((post, index) => {
    const result = results[index] as CheckResult;
    const verdictMiss = (): void => {
      misses.push({ id: post.id, kind: "verdict", expected: post.expect, got: result.verdict, text: post.text });
    };
    if (post.expect === "high") {
      highTotal++;
      if (result.verdict === "high") high++;
      else verdictMiss();
    } else if (post.expect === "medium") {
      mediumTotal++;
      if (atLeast(result.verdict, "medium")) medium++;
      else verdictMiss();
    } else if (post.expect === "none") {
      cleanTotal++;
      if (atLeast(result.verdict, "medium")) {
        alarms++;
        verdictMiss();
      }
    }
    for (const expected of post.entities) {
      entityTotal++;
      const start = post.text.indexOf(expected.value);
      const end = start + expected.value.length;
      const found = result.entities.some(
        (entity) => entity.type === expected.type && start >= 0 && entity.start < end && entity.end > start,
      );
      if (found) entities++;
      else {
        misses.push({
          id: post.id,
          kind: "entity",
          expected: `${expected.type} "${expected.value}"`,
          got: result.entities.map((entity) => `${entity.type} "${entity.text}"`).join(", ") || "nothing",
          text: post.text,
        });
      }
    }
  });
  return {
    records: posts.length,
    highRecall: rate(high, highTotal),
    mediumRecall: rate(medium, mediumTotal),
    falseAlarms: rate(alarms, cleanTotal),
    entityRecall: rate(entities, entityTotal),
    misses,
  };
}

/** What corpora and other tools call a surface the engine knows by another name. */
const SURFACE_ALIASES: Readonly<Record<string, Surface>> = { dm: "message", "direct-message": "message" };

/** The check context a labelled record describes (its site and surface, when the engine knows them). */
export function contextOf(record: { site?: unknown; surface?: unknown }): CheckContext {
  const context: CheckContext = {};
  if (SITES.includes(record.site as Site)) context.site = record.site as Site;
  const surface = typeof record.surface === "string" ? (SURFACE_ALIASES[record.surface] ?? record.surface) : undefined;
  if (SURFACES.includes(surface as Surface)) context.surface = surface as Surface;
  return context;
}

/** Every post of a labelled corpus checked in its own context, and scored as `safe-harbor eval` scores it. */
export function checkAndScore(posts: LabelledPost[]): Scores {
  return scoreCorpus(
    posts,
    posts.map((post) => check(post.text, contextOf(post))),
  );
}

/** One line per miss, for a test's failure message. */
export function describeMisses(scores: Scores): string {
  return scores.misses.map((miss) => `${miss.id} ${miss.kind}: expected ${miss.expected}, got ${miss.got}`).join("\n");
}
