/**
 * Typos of the words the conduct rules look for: posts typed on a phone at 3 a.m. say "pateints" and
 * "stupud". Only the slips fingers make count, so that a different real word is not taken for a typo
 * ("idiom" is not "idiot", "lasers" is not "losers", "degenerate disc" is not "degenerates"):
 * - two neighbouring letters swapped ("pateints", "idoit");
 * - a vowel typed as the vowel next to it on the keyboard ("stupud": u for i);
 * - one letter inside the word typed twice ("stuppid"), or, in words of seven letters or more, left
 *   out ("patints"); a missing or extra last letter is a plural or another word, not a slip.
 */

/** Vowels next to each other on a QWERTY keyboard (y u i o). */
const NEIGHBOUR_VOWELS: Readonly<Record<string, readonly string[]>> = {
  y: ["u"],
  u: ["y", "i"],
  i: ["u", "o"],
  o: ["i"],
};
const MIN_LENGTH = 5;

/** Real words one slip away from a target ("patents" from "patients"): never read as typos. */
const REAL_WORDS = new Set(["patent", "patents", "crepe", "crepes"]);

/** Every slip of `target` described above (lower case, first letter kept). */
function slipsOf(target: string): string[] {
  const slips: string[] = [];
  for (let index = 1; index < target.length - 1; index++) {
    const head = target.slice(0, index);
    const char = target.charAt(index);
    const next = target.charAt(index + 1);
    if (char !== next) slips.push(head + next + char + target.slice(index + 2));
    for (const vowel of NEIGHBOUR_VOWELS[char] ?? []) slips.push(head + vowel + target.slice(index + 1));
    if (target.length >= 7) slips.push(head + target.slice(index + 1));
    if (target.length >= 6) slips.push(head + char + char + target.slice(index + 1));
  }
  const last = target.length - 1;
  for (const vowel of NEIGHBOUR_VOWELS[target.charAt(last)] ?? []) slips.push(target.slice(0, last) + vowel);
  return slips.filter((slip) => slip.length >= MIN_LENGTH && !REAL_WORDS.has(slip));
}

/** True when `typed` is `target` with one typing slip (both lower case). */
export function isTypoOf(typed: string, target: string): boolean {
  return typed !== target && slipsOf(target).includes(typed);
}

/**
 * A lookup of typed words against a list of targets: every slip of every target is listed once, so
 * that each word of a post costs one map lookup.
 */
export function typoFinder(targets: readonly string[]): (typed: string) => string | undefined {
  const targetOf = new Map<string, string>();
  const exact = new Set(targets);
  for (const target of targets) {
    if (target.length < MIN_LENGTH || !/^[a-z]+$/.test(target)) continue;
    for (const slip of slipsOf(target)) if (!exact.has(slip) && !targetOf.has(slip)) targetOf.set(slip, target);
  }
  return (typed: string) => targetOf.get(typed.toLowerCase());
}
