/**
 * At most `limit` events per key in any `windowMs`. Keys whose events have all aged out are
 * forgotten, so the memory stays bounded by the keys active in the last window.
 */
export function createRateLimiter({ limit, windowMs, now = Date.now }: { limit: number; windowMs: number; now?: () => number }) {
  const recent = new Map<string | number, number[]>();
  return {
    /** Counts one event for `key` and says whether it is within the limit (a refused event is not counted). */
    allow(key: string | number): boolean {
      const time = now();
      for (const [k, times] of recent) {
        const kept = times.filter((t) => time - t < windowMs);
        if (kept.length === 0) recent.delete(k);
        else recent.set(k, kept);
      }
      const times = recent.get(key) ?? [];
      if (times.length >= limit) return false;
      recent.set(key, [...times, time]);
      return true;
    },
  };
}
