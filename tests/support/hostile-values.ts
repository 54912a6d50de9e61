/**
 * Values an attacker or a damaged disk could put where the extension expects its own data: wrong
 * types, out-of-range numbers, huge and markup strings, prototype keys, deep nesting. Seeded, so
 * every run tries the same ones.
 */
export type Random = () => number;

export const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const DAY = 86_400_000;

/** Times around every edge of the plausible window and of what a Date can hold. */
export function hostileTimes(now: number): number[] {
  return [
    -1,
    0,
    1,
    Date.UTC(2009, 11, 31, 23, 59, 59, 999),
    now + 2 * DAY,
    now + 365 * DAY,
    8.64e15,
    8.64e15 + 1,
    9e15,
    Number.MAX_SAFE_INTEGER,
    -9e15,
    1.7e12 + 0.5,
    1e308,
  ];
}

/** Nested arrays `depth` deep, as JSON text (built without recursion). */
export function deepArrayJson(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Nested objects `depth` deep under the key `k`, as JSON text. */
export function deepObjectJson(depth: number): string {
  return `${'{"k":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Any JSON value, chosen to break a schema: the type, the size or the meaning is wrong. */
export function hostileValue(random: Random, now = Date.now()): unknown {
  switch (Math.floor(random() * 16)) {
    case 0:
      return null;
    case 1:
      return pick(random, [true, false]);
    case 2:
      return pick(random, hostileTimes(now));
    case 3:
      return pick(random, ['', ' ', '0', 'null', 'undefined', 'NaN', 'Infinity', '__proto__', 'constructor']);
    case 4:
      return pick(random, ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)']);
    case 5:
      return pick(random, ['=HYPERLINK("http://x")', ' ＝1+1', '\u0000\u0001', '\uD800', 'ٱلْعَرَبِيَّة', '中文'.repeat(50)]);
    case 6:
      return 'x'.repeat(pick(random, [2001, 10_000, 100_000]));
    case 7:
      return [];
    case 8:
      return [hostileScalar(random, now), hostileScalar(random, now)];
    case 9:
      return {};
    case 10:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    case 11:
      return { toString: 'x', valueOf: 1, length: 3 };
    case 12:
      return JSON.parse(deepArrayJson(pick(random, [50, 1_000])));
    case 13:
      return JSON.parse(deepObjectJson(pick(random, [50, 1_000])));
    case 14:
      return -Math.floor(random() * 1e9);
    default:
      return pick(random, ['en', 'zh', 'XX', 'eg', 'EG ', 'viasna', 'VIASNA', 'post', 'letter-sent ', 'gmail', 'delete-everything']);
  }
}

function hostileScalar(random: Random, now: number): unknown {
  const value = hostileValue(random, now);
  return typeof value === 'object' ? null : value;
}
