import type { FindMatches, HighlightLayer, TextMatch } from '@/lib/marking';

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

/** A stand-in for CSS.highlights (happy-dom has none): the ranges registered per State. */
export function recordingLayer(): HighlightLayer & { ranges: Map<string, Set<Range>>; commits: number } {
  const ranges = new Map<string, Set<Range>>();
  const adds: Array<[string, Range]> = [];
  const deletes: Array<[string, Range]> = [];
  const ours = new Map<unknown, string>();
  const layer = {
    ranges,
    commits: 0,
    add: (iso2: string, range: Range) => void adds.push([iso2, range]),
    delete: (iso2: string, range: Range) => void deletes.push([iso2, range]),
    commit() {
      layer.commits++;
      for (const [iso2, range] of deletes.splice(0)) ranges.get(iso2)?.delete(range);
      for (const [iso2, range] of adds.splice(0)) {
        let set = ranges.get(iso2);
        if (!set) {
          ranges.set(iso2, (set = new Set()));
          ours.set(set, iso2);
        }
        set.add(range);
      }
    },
    iso2Of: (h: unknown) => ours.get(h),
    get registered() {
      let n = 0;
      for (const set of ranges.values()) n += set.size;
      return n;
    },
    clear() {
      ranges.clear();
      adds.length = 0;
      deletes.length = 0;
    },
  };
  return layer;
}

/** The registered mentions inside `within`, in document order, as [code, text]. */
export function shown(layer: { ranges: Map<string, Set<Range>> }, within: Node): Array<[string, string]> {
  const all: Array<[string, Range]> = [];
  for (const [iso2, set] of layer.ranges) for (const r of set) if (within.contains(r.startContainer)) all.push([iso2, r]);
  all.sort(([, a], [, b]) => {
    if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
    return a.startContainer.compareDocumentPosition(b.startContainer) & 4 ? -1 : 1;
  });
  return all.map(([iso2, r]) => [iso2, r.toString()]);
}

export const codesShown = (layer: { ranges: Map<string, Set<Range>> }, within: Node) => shown(layer, within).map(([iso2]) => iso2);
