import { describe, expect, it } from 'vitest';
import { buildAutomaton, scan } from './aho-corasick';

function occurrences(keys: string[], text: string): string[] {
  const a = buildAutomaton(keys);
  const out: string[] = [];
  scan(a, text, (id, start, end) => out.push(`${keys[id]}@${start}-${end}:${text.slice(start, end)}`));
  return out;
}

describe('Aho-Corasick automaton', () => {
  it('reports every occurrence, overlapping ones included, with exact offsets', () => {
    expect(occurrences(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she@1-4:she', 'he@2-4:he', 'hers@2-6:hers']);
  });

  it('follows failure links across partial matches', () => {
    expect(occurrences(['niger', 'nigeria', 'ger'], 'nignigeria')).toEqual(['niger@3-8:niger', 'ger@5-8:ger', 'nigeria@3-10:nigeria']);
  });

  it('matches CJK without any word structure', () => {
    expect(occurrences(['几内亚', '几内亚比绍', '赤道几内亚'], '赤道几内亚和几内亚比绍')).toEqual([
      '赤道几内亚@0-5:赤道几内亚',
      '几内亚@2-5:几内亚',
      '几内亚@6-9:几内亚',
      '几内亚比绍@6-11:几内亚比绍',
    ]);
  });

  it('folds text as it scans: case, accents, collapsed spaces, skipped marks', () => {
    expect(occurrences(['sri lanka', 'egypte'], 'SRI \u00a0\n LANKA, É\u0301gypte')).toEqual([
      'sri lanka@0-12:SRI \u00a0\n LANKA',
      'egypte@14-21:É\u0301gypte',
    ]);
  });

  it('skips tatweel and harakat inside Arabic words', () => {
    expect(occurrences(['مصر'], 'مـصـرَ')).toEqual(['مصر@0-5:مـصـر']);
  });

  it('rejects duplicate keys', () => {
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/duplicate/);
  });

  it('agrees with a brute-force search on random keys and texts', () => {
    // Small alphabet so keys overlap and share prefixes and suffixes heavily.
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const word = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => 'abcé中'[Math.floor(random() * 5)]).join('');
    for (let round = 0; round < 50; round++) {
      const keys = [...new Set(Array.from({ length: 1 + Math.floor(random() * 30) }, () => word(6)))].map((k) => k.replace('é', 'e'));
      const unique = [...new Set(keys)];
      const text = word(200);
      const folded = text.replace(/é/g, 'e');
      const expected: string[] = [];
      for (let end = 1; end <= folded.length; end++) {
        unique
          .filter((k) => k.length <= end && folded.slice(end - k.length, end) === k)
          .sort((x, y) => y.length - x.length)
          .forEach((k) => expected.push(`${k}@${end - k.length}-${end}:${text.slice(end - k.length, end)}`));
      }
      expect(occurrences(unique, text)).toEqual(expected);
    }
  });
});
