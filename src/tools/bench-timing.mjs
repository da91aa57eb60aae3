// Timing loops for the bench: warm up, then run until enough samples or the time budget is spent.

export function percentile(samples, fraction) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)];
}

export const median = (samples) => percentile(samples, 0.5);

/**
 * Times `run(text)` over `texts` in turn. The warm-up runs every one of `warmupTexts` (other texts than
 * the timed ones, so no cache built during the warm-up answers a timed call), and goes on for at least
 * `warmupMs`: the JIT has settled and the regexes for everyday words are compiled, as in a worker that
 * has been checking posts for a while. The cold case is measured separately (cold start). Wall-clock time is what a user waits; CPU time (this process only) is what
 * the engine costs, and stays meaningful when other work shares the machine.
 */
export function timeEach(run, texts, { warmupTexts = texts, warmupMs = 500, samples = 100, budgetMs = 5_000 } = {}) {
  const warm = performance.now() + warmupMs;
  for (let i = 0; i < warmupTexts.length || performance.now() < warm; i++) run(warmupTexts[i % warmupTexts.length]);
  const wall = [];
  const cpu = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < samples && (i < 5 || performance.now() < deadline); i++) {
    const text = texts[i % texts.length];
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run(text);
    wall.push(performance.now() - started);
    const { user, system } = process.cpuUsage(cpuBefore);
    cpu.push((user + system) / 1000);
  }
  return {
    median_ms: round(median(wall)),
    p95_ms: round(percentile(wall, 0.95)),
    cpu_median_ms: round(median(cpu)),
    cpu_p95_ms: round(percentile(cpu, 0.95)),
    samples: wall.length,
  };
}

export const round = (value, digits = 3) => Number(value.toFixed(digits));
