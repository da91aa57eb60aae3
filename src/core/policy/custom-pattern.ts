/**
 * Custom identifier patterns come from an administrator, and a careless one (`(\d+)+$`) can freeze the
 * page on every keystroke: JavaScript's backtracking engine has no time limit. So a pattern is only
 * accepted when its cost is bounded before it ever runs:
 * - no `*`, `+` or `{n,}`: every repetition has an upper bound (at most MAX_REPEAT);
 * - no backreferences and no lookarounds (they defeat any cost bound);
 * - the number of ways the pattern can try to match at one position, counted over its alternatives
 *   and repetition ranges, is at most MAX_WAYS. That bounds backtracking per start position, so a run
 *   costs at most MAX_WAYS times the (capped) text length.
 */

export const MAX_PATTERN_LENGTH = 200;
export const MAX_REPEAT = 100;
export const MAX_WAYS = 2_000;
/** Flags every custom pattern runs with: all matches, either case, Unicode syntax (stricter, well defined). */
export const CUSTOM_PATTERN_FLAGS = "giu";

class PatternRejected extends Error {}

/** Why `source` may not be used as a custom identifier pattern, or undefined when it may. */
export function customPatternProblem(source: string): string | undefined {
  if (source.trim().length === 0) return "the pattern is empty";
  if (source.length > MAX_PATTERN_LENGTH) {
    return `the pattern is ${source.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`;
  }
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, CUSTOM_PATTERN_FLAGS.replace("g", ""));
  } catch (error) {
    return `the pattern is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    const ways = new CostReader(source).read();
    if (ways > MAX_WAYS) {
      return `the pattern can match in too many ways at one position (over ${MAX_WAYS}); narrow its {n,m} ranges or alternatives`;
    }
  } catch (error) {
    if (error instanceof PatternRejected) return error.message;
    throw error;
  }
  if (compiled.test("")) return "the pattern matches empty text, so it would flag every post";
  return undefined;
}

const compiledPatterns = new Map<string, RegExp | null>();
const COMPILED_CACHE_LIMIT = 200;

/**
 * The runnable form of an accepted pattern, or undefined for a rejected one. Rules call this even
 * though the policy reader already checked the pattern: the engine also runs outside the worker
 * (CLI, tests), where nobody else stands between a pattern and the text.
 */
export function compileCustomPattern(source: string): RegExp | undefined {
  let compiled = compiledPatterns.get(source);
  if (compiled === undefined) {
    compiled = customPatternProblem(source) === undefined ? new RegExp(source, CUSTOM_PATTERN_FLAGS) : null;
    if (compiledPatterns.size >= COMPILED_CACHE_LIMIT) compiledPatterns.clear();
    compiledPatterns.set(source, compiled);
  }
  return compiled ?? undefined;
}

/**
 * A small recursive-descent reader of regular expression syntax that counts, instead of matching:
 * alternatives add their counts, a sequence multiplies them, `{n,m}` over an atom counting w gives
 * w^n + ... + w^m. Counts are capped just above MAX_WAYS so huge patterns cannot overflow.
 */
class CostReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): number {
    const ways = this.alternation();
    if (this.at < this.source.length) throw new PatternRejected(`unexpected "${this.source[this.at]}"`);
    return ways;
  }

  private alternation(): number {
    let ways = this.sequence();
    while (this.source[this.at] === "|") {
      this.at++;
      ways = cap(ways + this.sequence());
    }
    return ways;
  }

  private sequence(): number {
    let ways = 1;
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const atom = this.atom();
      ways = cap(ways * this.repeated(atom));
    }
    return ways;
  }

  private atom(): number {
    const char = this.source[this.at];
    if (char === "(") return this.group();
    if (char === "[") {
      this.skipClass();
      return 1;
    }
    if (char === "\\") {
      this.skipEscape();
      return 1;
    }
    if (char === "*" || char === "+" || char === "?" || char === "{") {
      throw new PatternRejected(`"${char}" has nothing to repeat`);
    }
    this.at++;
    return 1;
  }

  private group(): number {
    const rest = this.source.slice(this.at);
    if (/^\(\?<?[=!]/.test(rest)) {
      throw new PatternRejected("lookarounds ((?=, (?!, (?<=, (?<!) are not allowed in custom patterns");
    }
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest);
    if (named) this.at += named[0].length;
    else if (rest.startsWith("(?:")) this.at += 3;
    else if (rest.startsWith("(?"))
      throw new PatternRejected("only (...), (?:...) and (?<name>...) groups are allowed");
    else this.at += 1;
    const ways = this.alternation();
    if (this.source[this.at] !== ")") throw new PatternRejected("a group is not closed");
    this.at++;
    return ways;
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      if (this.source[this.at] === "\\") this.skipEscape();
      else this.at++;
    }
    this.at++;
  }

  private skipEscape(): void {
    const next = this.source[this.at + 1] ?? "";
    if (/[1-9]/.test(next) || (next === "k" && this.source[this.at + 2] === "<")) {
      throw new PatternRejected("backreferences (\\1, \\k<name>) are not allowed in custom patterns");
    }
    this.at += 2;
    // \p{...}, \u{...}: the braces belong to the escape, not to a repetition.
    if ((next === "p" || next === "P" || next === "u") && this.source[this.at] === "{") {
      const close = this.source.indexOf("}", this.at);
      this.at = close < 0 ? this.source.length : close + 1;
    }
  }

  private repeated(atomWays: number): number {
    const char = this.source[this.at];
    let range: [number, number] | undefined;
    if (char === "*" || char === "+") {
      throw new PatternRejected(`"${char}" repeats without limit; give an upper bound instead, such as {1,20}`);
    }
    if (char === "?") {
      this.at++;
      range = [0, 1];
    } else if (char === "{") {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new PatternRejected('a "{" that is not a repetition {n} or {n,m}');
      this.at += braces[0].length;
      const min = Number(braces[1]);
      if (braces[2] !== undefined && braces[3] === "") {
        throw new PatternRejected(`"${braces[0]}" repeats without limit; give an upper bound, such as {${min},20}`);
      }
      const max = braces[3] === undefined ? min : Number(braces[3]);
      if (max > MAX_REPEAT) throw new PatternRejected(`"${braces[0]}" repeats more than ${MAX_REPEAT} times`);
      range = [min, max];
    }
    if (!range) return atomWays;
    if (this.source[this.at] === "?") this.at++; // lazy: same ways, other order
    let ways = 0;
    for (let count = range[0]; count <= range[1] && ways <= MAX_WAYS; count++) {
      ways = cap(ways + atomWays ** count);
    }
    return ways;
  }
}

function cap(ways: number): number {
  return Math.min(ways, MAX_WAYS + 1);
}
