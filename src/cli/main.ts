import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { check } from "../core/check";
import type { CheckResult } from "../core/types";
import { checkAndScore, contextOf, parseCorpus, type Rate } from "./corpus";

/** The engine itself, for `npm run bench`: it times the very build the worker runs. */
export { check };

const USAGE = `safe-harbor — check social media posts for patient information, locally

usage:
  safe-harbor check "text"           findings, readably
  safe-harbor check --json "text"    the result as JSON
  safe-harbor check --jsonl          JSON lines in ({"id","text","site"?,"surface"?}), one result line out each
  safe-harbor eval FILE.jsonl [--json]
                                     recall and false alarms on a labelled corpus, and every miss`;

/** The `check --jsonl` line format other tools rely on. */
function toJsonLine(id: unknown, result: CheckResult): string {
  return JSON.stringify({
    id,
    verdict: result.verdict,
    entities: result.entities.map(({ type, start, end, text }) => ({ type, start, end, text })),
    findings: result.findings.map(({ rule, category, severity, message, start, end }) => ({
      rule,
      category,
      severity,
      message,
      ...(start !== undefined && end !== undefined ? { start, end } : {}),
    })),
  });
}

function printReadable(text: string, result: CheckResult): void {
  console.log(`verdict: ${result.verdict}`);
  if (result.findings.length === 0) console.log("no findings");
  for (const finding of result.findings) {
    const quoted = finding.start !== undefined ? ` "${text.slice(finding.start, finding.end)}"` : "";
    const fix = finding.suggestion !== undefined ? ` (fix: "${finding.suggestion}")` : "";
    console.log(`- ${finding.severity} ${finding.category} [${finding.rule}]${quoted}: ${finding.message}${fix}`);
  }
  if (result.entities.length > 0) {
    console.log(`identifiers: ${result.entities.map((entity) => `${entity.type} "${entity.text}"`).join(", ")}`);
  }
}

async function checkJsonLines(): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (line.trim() === "") continue;
    let record: { id?: unknown; text?: unknown; site?: unknown; surface?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      failures++;
      console.log(JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON` }));
      continue;
    }
    if (typeof record.text !== "string") {
      failures++;
      console.log(JSON.stringify({ id: record.id ?? null, error: `line ${lineNumber}: "text" must be a string` }));
      continue;
    }
    console.log(toJsonLine(record.id ?? null, check(record.text, contextOf(record))));
  }
  return failures === 0 ? 0 : 1;
}

const show = (name: string, { hit, total, rate }: Rate) => `${name}: ${rate.toFixed(3)} (${hit}/${total})`;

function evaluate(file: string, asJson: boolean): number {
  const posts = parseCorpus(readFileSync(file, "utf8"), file);
  const scores = checkAndScore(posts);
  if (asJson) {
    console.log(JSON.stringify(scores));
    return 0;
  }
  for (const miss of scores.misses) {
    console.log(`miss ${miss.id} ${miss.kind}: expected ${miss.expected}, got ${miss.got}\n    ${miss.text}`);
  }
  console.log(`${file}: ${scores.records} posts, ${scores.misses.length} misses`);
  console.log(show("high recall", scores.highRecall));
  console.log(show("medium recall", scores.mediumRecall));
  console.log(show("false alarms on clean posts", scores.falseAlarms));
  console.log(show("entity recall", scores.entityRecall));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((arg) => arg.startsWith("--")));
  const words = rest.filter((arg) => !arg.startsWith("--"));
  if (command === "check" && flags.has("--jsonl")) return checkJsonLines();
  if (command === "check" && words.length > 0) {
    const text = words.join(" ");
    const result = check(text);
    if (flags.has("--json")) console.log(JSON.stringify(result, null, 2));
    else printReadable(text, result);
    return 0;
  }
  if (command === "eval" && words.length === 1) {
    try {
      return evaluate(words[0] as string, flags.has("--json"));
    } catch (error) {
      console.error(`safe-harbor eval: ${(error as Error).message}`);
      return 2;
    }
  }
  console.error(USAGE);
  return command === undefined || command === "help" || flags.has("--help") ? 0 : 2;
}
