import { describe, expect, it } from 'vitest';
import { normalizePresentationForms, originalRange } from './presentation-forms';

describe('normalizePresentationForms', () => {
  it('leaves text without presentation forms alone, with no map', () => {
    expect(normalizePresentationForms('الأردن and Jordan')).toEqual({ text: 'الأردن and Jordan', toOriginal: null });
  });

  it('turns Arabic contextual forms into plain letters, one to one', () => {
    const n = normalizePresentationForms('ﻣﺼﺮ');
    expect(n.text).toBe('مصر');
    expect([...n.toOriginal!]).toEqual([0, 1, 2]);
  });

  it('expands a lam-alef ligature into two letters that both point at the ligature', () => {
    // "الأردن" (Jordan) as a PDF stores it: alef, lam-alef-hamza ligature, reh, dal, noon.
    const n = normalizePresentationForms('في ﺍﻷﺭﺩﻥ.');
    expect(n.text).toBe('في الأردن.');
    expect([...n.toOriginal!]).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7, 8]);
    expect(originalRange(n, 3, 9)).toEqual([3, 8]);
  });

  it('covers a whole ligature when a range starts or ends inside its expansion', () => {
    const n = normalizePresentationForms('ﺍﻷﺭ');
    // "ل" alone is the first half of the ligature at offset 1.
    expect(originalRange(n, 1, 2)).toEqual([1, 2]);
    expect(originalRange(n, 2, 4)).toEqual([1, 3]);
  });

  it('expands Latin ligatures too', () => {
    const n = normalizePresentationForms('Paciﬁc');
    expect(n.text).toBe('Pacific');
    expect(originalRange(n, 0, 7)).toEqual([0, 6]);
  });

  it('turns Kangxi radicals that stand for ideographs back into the ideographs', () => {
    // 白俄罗斯 (Belarus) as a Chinese PDF may map it: ⽩ is U+2F69 KANGXI RADICAL WHITE.
    const n = normalizePresentationForms('提到\u2F69俄罗斯，');
    expect(n.text).toBe('提到白俄罗斯，');
    expect(originalRange(n, 2, 6)).toEqual([2, 6]);
  });
});
