import type { FindMatches, TextMatch } from '@/lib/marking';

/** A few State names in the six languages, for tests that must not depend on the full matcher. */
export const TEST_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Egypt', 'EG'], ['Égypte', 'EG'], ['Egipto', 'EG'], ['Египет', 'EG'], ['埃及', 'EG'], ['مصر', 'EG'],
  ['China', 'CN'], ['Chine', 'CN'], ['Китай', 'CN'], ['中国', 'CN'], ['الصين', 'CN'],
  ['Belarus', 'BY'], ['Bélarus', 'BY'], ['Беларусь', 'BY'], ['白俄罗斯', 'BY'], ['بيلاروس', 'BY'],
  ['Burundi', 'BI'], ['布隆迪', 'BI'], ['بوروندي', 'BI'],
  ['Venezuela', 'VE'], ['委内瑞拉', 'VE'], ['فنزويلا', 'VE'],
  ['Niger', 'NE'], ['Nigeria', 'NG'], ['Chad', 'TD'],
];

/** Longest-first alternation, the same contract as the real matcher's `find`. */
export function testFind(names = TEST_NAMES): FindMatches {
  const escaped = [...names]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const byName = new Map(names.map(([name, iso2]) => [name, iso2]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])|(?:${escaped.filter((n) => /\p{Script=Han}/u.test(n)).join('|')})`, 'gu');
  return (text: string): TextMatch[] => {
    const found: TextMatch[] = [];
    for (const m of text.matchAll(pattern)) {
      found.push({ start: m.index, end: m.index + m[0].length, iso2: byName.get(m[0])! });
    }
    return found;
  };
}

/** Marking in tests: no real yielding, whole scans in one go. */
export const noYield = () => Promise.resolve();
