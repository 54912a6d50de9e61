import { describe, expect, it } from 'vitest';
import { arabicOrdinalFeminine, chineseNumber, ordinalEn } from './numerals';

describe('session numbers in words', () => {
  it.each([
    [51, '51st', '五十一', 'الحادية والخمسين'],
    [52, '52nd', '五十二', 'الثانية والخمسين'],
    [54, '54th', '五十四', 'الرابعة والخمسين'],
    [60, '60th', '六十', 'الستين'],
    [61, '61st', '六十一', 'الحادية والستين'],
    [63, '63rd', '六十三', 'الثالثة والستين'],
    [80, '80th', '八十', 'الثمانين'],
    [11, '11th', '十一', 'الحادية عشرة'],
    [1, '1st', '一', 'الأولى'],
  ])('%i', (n, en, zh, ar) => {
    expect(ordinalEn(n)).toBe(en);
    expect(chineseNumber(n)).toBe(zh);
    expect(arabicOrdinalFeminine(n)).toBe(ar);
  });

  it('writes hundreds as Chinese does', () => {
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(110)).toBe('一百一十');
  });
});
