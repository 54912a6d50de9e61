import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The latest result of a Dexie query, re-run whenever this or another extension page (popup,
 * background) changes the rows it read. `undefined` until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], measureName?: string): T | undefined {
  const [result, setResult] = useState<{ value: T } | undefined>(undefined);
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
      next: (value) => setResult({ value }),
      error: (error: unknown) => console.error(error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result?.value;
}
