import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** The latest result; undefined until the first one. */
  value: T | undefined;
  /** Set when the latest run failed (the record could not be read). */
  error: unknown;
  failed: boolean;
}

/**
 * The latest result of a Dexie query, re-run whenever this or another extension page (popup,
 * background) changes the rows it read. A failed run is reported, never left as "loading".
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], measureName?: string): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: undefined, failed: false });
  useEffect(() => {
    // Each run is timed under `measureName` (User Timing) for the benchmark.
    const timed = measureName
      ? async () => {
          const start = performance.now();
          const value = await query();
          performance.measure(measureName, { start, end: performance.now() });
          return value;
        }
      : query;
    const subscription = liveQuery(timed).subscribe({
      next: (value) => setResult({ value, error: undefined, failed: false }),
      error: (error: unknown) => setResult((previous) => ({ value: previous.value, error, failed: true })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}

/**
 * As useLiveQuery, but a failed read is thrown while rendering, so the nearest ErrorBoundary
 * shows what failed and offers to try again (which subscribes afresh).
 */
export function useLiveQueryOrThrow<T>(query: () => Promise<T>, deps: readonly unknown[], measureName?: string): T | undefined {
  const result = useLiveQuery(query, deps, measureName);
  if (result.failed) throw result.error;
  return result.value;
}
