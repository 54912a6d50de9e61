import { describe, expect, it } from 'vitest';
import { getStateMatcher } from '@/lib/matcher';
import { buildPageText } from './page-text';
import { findPageMentions } from './page-mentions';

const find = (text: string) => getStateMatcher().find(text);

describe('findPageMentions with the State matcher', () => {
  it('finds names in a page and maps them to text layer elements', () => {
    const page = buildPageText([
      { str: 'Communications were sent to ' },
      { str: 'Egypt', hasEOL: true },
      { str: 'and to the Bolivarian Republic of ' },
      { str: 'Venezuela.' },
    ]);
    const mentions = findPageMentions(page, find);
    expect(mentions.map((m) => [m.iso2, m.text])).toEqual([
      ['EG', 'Egypt'],
      ['VE', 'the Bolivarian Republic of Venezuela'],
    ]);
    expect(mentions[0]).toMatchObject({ begin: { divIndex: 1, offset: 0 }, end: { divIndex: 1, offset: 5 } });
    // A formal name across two text runs: from element 2 to element 3.
    expect(mentions[1]).toMatchObject({ begin: { divIndex: 2, offset: 7 }, end: { divIndex: 3, offset: 9 } });
  });

  it('does not join the last word of one line with the first word of the next', () => {
    // Without the line break the text would read "ChadChina" and find nothing.
    const page = buildPageText([{ str: 'Chad', hasEOL: true }, { str: 'China' }]);
    expect(findPageMentions(page, find).map((m) => m.iso2)).toEqual(['TD', 'CN']);
  });

  it('finds Arabic names written in presentation forms, ligatures included', () => {
    // "بيلاروس" (Belarus) with a lam-alef ligature and "الأردن" (Jordan) with lam-alef-hamza, as PDFs store them.
    const belarus = 'ﺑﻴﻼﺭﻭﺱ';
    const jordan = 'ﺍﻷﺭﺩﻥ';
    const page = buildPageText([{ str: `رسائل إلى ${belarus} و` }, { str: jordan }]);
    const mentions = findPageMentions(page, find);
    expect(mentions.map((m) => m.iso2)).toEqual(['BY', 'JO']);
    // The mark covers the glyphs the PDF has, not the longer normalised text.
    expect(mentions.map((m) => m.text)).toEqual([belarus, jordan]);
    expect(mentions[1]).toMatchObject({ begin: { divIndex: 1, offset: 0 }, end: { divIndex: 1, offset: jordan.length } });
  });

  it('finds Arabic names drawn glyph by glyph from the left, and marks exactly their glyphs', () => {
    // "مصر والصين" as Chromium prints it: one presentation-form glyph per item, left to right.
    const drawn = ['ﻦ', 'ﻴ', 'ﺼ', 'ﻟ', 'ا', 'و', ' ', 'ﺮ', 'ﺼ', 'ﻣ'];
    const page = buildPageText(drawn.map((str, i) => ({ str, transform: [1, 0, 0, 1, 100 + 8 * i, 700] })));
    const mentions = findPageMentions(page, find);
    expect(mentions.map((m) => m.iso2)).toEqual(['EG', 'CN']);
    expect(mentions[0]!.pieces.map((p) => p.divIndex)).toEqual([7, 8, 9]);
    // The clitic و is not part of the mark.
    expect(mentions[1]!.pieces.map((p) => p.divIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('finds Chinese names, which have no spaces around them', () => {
    const page = buildPageText([{ str: '秘书长收到了关于中国和埃及的' }, { str: '资料。' }]);
    expect(findPageMentions(page, find).map((m) => [m.iso2, m.text])).toEqual([
      ['CN', '中国'],
      ['EG', '埃及'],
    ]);
  });

  it('finds a Chinese name written with a Kangxi radical, not the shorter name inside it', () => {
    // 白俄罗斯 (Belarus) with ⽩ (U+2F69) for 白: read as it stands, 俄罗斯 (Russia) would be found.
    const page = buildPageText([{ str: '本段落提到\u2F69俄罗斯，供阅读器查找。' }]);
    expect(findPageMentions(page, find).map((m) => [m.iso2, m.text])).toEqual([['BY', '\u2F69俄罗斯']]);
  });
});
