import { performance } from 'node:perf_hooks';

export interface Figures {
  label: string;
  count: number;
  seconds: number;
  perSecond: number;
  p50ms: number;
  p95ms: number;
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `count` operations with at most `concurrency` in flight; figures per operation. */
export async function measure(
  label: string,
  count: number,
  concurrency: number,
  operation: (i: number) => Promise<unknown>,
): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await operation(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    label,
    count,
    seconds,
    perSecond: count / seconds,
    p50ms: percentile(latencies, 50),
    p95ms: percentile(latencies, 95),
  };
}

export function print(rows: Figures[]): void {
  console.table(
    rows.map((r) => ({
      benchmark: r.label,
      ops: r.count,
      'ops/s': Math.round(r.perSecond),
      'p50 ms': r.p50ms.toFixed(2),
      'p95 ms': r.p95ms.toFixed(2),
    })),
  );
}
