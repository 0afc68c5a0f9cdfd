// What the soak measures while it runs: each answer's time and failure by kind of request, the
// answers per 5 s, and the server's memory every 5 s.

export const SAMPLE_MS = 5000;

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function createStats(startedAt) {
  const kinds = new Map();
  const buckets = [];
  const slowest = [];
  const kindOf = (kind) => {
    if (!kinds.has(kind)) kinds.set(kind, { ms: [], failures: new Map(), count: 0 });
    return kinds.get(kind);
  };
  return {
    kinds,
    buckets,
    slowest,
    /** One answer (ms null when none came) and its failure kind, or null when it succeeded. */
    record(kind, ms, failure) {
      const k = kindOf(kind);
      k.count++;
      if (ms !== null) k.ms.push(ms);
      if (failure) k.failures.set(failure, (k.failures.get(failure) ?? 0) + 1);
      const b = Math.floor((performance.now() - startedAt) / SAMPLE_MS);
      buckets[b] = (buckets[b] ?? 0) + 1;
      if (ms !== null && ms > (slowest[b] ?? 0)) slowest[b] = ms;
    },
  };
}

/** Samples fn() every 5 s until stopped; the samples are [seconds since start, value]. */
export function sampleEvery(fn, startedAt) {
  const samples = [];
  const take = () => samples.push([(performance.now() - startedAt) / 1000, fn()]);
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}

/**
 * Memory is flat when, after a warm-up, the last minute's average RSS is within +10% of the first
 * minute's (30 s warm-up, then 30–90 s against the last 60 s of a 3-minute run). Runs under 2
 * minutes are not judged: the heaps are still growing to their working size.
 */
export const MIN_JUDGED_S = 120;

export function memoryVerdict(samples, duration, pick = (v) => v) {
  const warmup = Math.min(30, duration / 6);
  const window = Math.min(60, (duration - warmup) / 2.5);
  const judged = duration >= MIN_JUDGED_S;
  const mean = (from, to) => {
    const xs = samples.filter(([t]) => t >= from && t <= to).map(([, v]) => pick(v));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  };
  const first = mean(warmup, warmup + window);
  const last = mean(duration - window, duration + 1);
  const growth = last / first - 1;
  return { warmup, window, first, last, growth, judged, flat: !judged || growth <= 0.1 };
}
