import { describe, expect, it } from 'vitest';
import { buildPageText, piecesOf, spanOf, type TextItemLike } from './page-text';

// Three items on two lines, as pdf.js gives them: "The Council heard " + "Egypt" ending a line, then "and China.".
const items = [{ str: 'The Council heard ' }, { str: 'Egypt', hasEOL: true }, { str: 'and China.' }];

/** The text the pieces cover, read from the items themselves (what the text layer shows). */
function textOfPieces(strs: readonly string[], pieces: ReturnType<typeof piecesOf>): string[] {
  return pieces.map((p) => strs[p.divIndex]!.slice(p.start, p.end));
}

describe('buildPageText', () => {
  it('joins the items and puts a line break after an item that ends a line', () => {
    const page = buildPageText(items);
    expect(page.text).toBe('The Council heard Egypt\nand China.');
    expect(page.itemStarts).toEqual([0, 18, 24]);
    expect(page.itemLengths).toEqual([18, 5, 10]);
    expect(page.order).toEqual([0, 1, 2]);
  });

  it('keeps empty items, so indexes stay those of the text layer elements', () => {
    const page = buildPageText([{ str: 'A' }, { str: '' }, { str: 'B', hasEOL: true }, { str: '' }]);
    expect(page.text).toBe('AB\n');
    expect(page.itemStarts).toEqual([0, 1, 1, 3]);
  });

  it('puts Arabic drawn glyph by glyph from left to right back in reading order', () => {
    // "١. تذكر مصر" as Chromium prints it: one item per glyph, left to right, presentation forms.
    const drawn = ['ﺮ', 'ﺼ', 'ﻣ', ' ', 'ﺮ', 'ﻛ', 'ﺬ', 'ﺗ', ' ', '.', '1'];
    const line: TextItemLike[] = drawn.map((str, i) => ({ str, transform: [1, 0, 0, 1, 100 + i * 10, 700] }));
    const page = buildPageText([...line, { str: '', hasEOL: true }]);
    expect(page.text).toBe('1. ﺗﺬﻛﺮ ﻣﺼﺮ\n');
  });

  it('keeps numbers and Latin words inside a right-to-left line in their own order', () => {
    // Reading order "الوثيقة A/HRC/51/47 هنا", drawn from the left: whole words come as pdf.js
    // joined them (each in reading order), the number glyph by glyph.
    const drawn = ['هنا', ' ', 'A/HRC/', '5', '1', '/', '4', '7', ' ', 'الوثيقة'];
    const page = buildPageText(drawn.map((str, i) => ({ str, transform: [1, 0, 0, 1, 10 * i, 0] })));
    expect(page.text).toBe('الوثيقة A/HRC/51/47 هنا');
  });

  it('leaves right-to-left lines alone when the PDF lists them from right to left', () => {
    const logical = ['مصر', ' ', 'والصين'];
    const page = buildPageText(logical.map((str, i) => ({ str, transform: [1, 0, 0, 1, 500 - i * 40, 0] })));
    expect(page.text).toBe('مصر والصين');
  });

  it('leaves out a space drawn twice at one place, which would split the next word', () => {
    // "تذكر فنزويلا (" as Chromium prints it: lam-alef as a zero-width alef and a lam, and the space
    // before the bracket (another font) drawn again, in drawing order, between the two.
    const drawn: Array<[string, number]> = [['(', 388], [' ', 392.4], ['ا', 395.1], [' ', 392.4], ['ل', 395.1], ['ﻳ', 402], ['و', 406], ['ﺰ', 412], ['ﻨ', 417], ['ﻓ', 420], [' ', 425], ['ﺮ', 428], ['ﻛ', 433], ['ﺬ', 437], ['ﺗ', 441]];
    const page = buildPageText(drawn.map(([str, x]) => ({ str, transform: [1, 0, 0, 1, x, 700] })));
    expect(page.text).toBe('ﺗﺬﻛﺮ ﻓﻨﺰوﻳلا (');
    // The space left out maps to nothing; the letters either side still map to their elements.
    expect(page.itemLengths[3]).toBe(0);
    expect(piecesOf(page, 5, 12).map((p) => p.divIndex)).toEqual([2, 4, 5, 6, 7, 8, 9]);
  });

  it('reorders an Arabic name drawn glyph by glyph inside an English line', () => {
    const drawn = ['Named: ', 'ﺮ', 'ﺼ', 'ﻣ', ' today'];
    const page = buildPageText(drawn.map((str, i) => ({ str, transform: [1, 0, 0, 1, 10 * i, 0] })));
    expect(page.text).toBe('Named: ﻣﺼﺮ today');
  });
});

describe('pieces and spans', () => {
  const page = buildPageText(items);
  const strs = items.map((i) => i.str);

  it('map a name inside one item to that element', () => {
    const start = page.text.indexOf('Egypt');
    expect(spanOf(page, start, start + 5)).toEqual({ begin: { divIndex: 1, offset: 0 }, end: { divIndex: 1, offset: 5 } });
    const china = page.text.indexOf('China');
    expect(piecesOf(page, china, china + 5)).toEqual([{ divIndex: 2, start: 4, end: 9 }]);
  });

  it('map a span across two items and a line break to both elements', () => {
    const start = page.text.indexOf('heard');
    const end = page.text.indexOf(' China');
    expect(spanOf(page, start, end)).toEqual({ begin: { divIndex: 0, offset: 12 }, end: { divIndex: 2, offset: 3 } });
  });

  it('skip line breaks and empty items', () => {
    const withEmpty = buildPageText([{ str: 'Chad', hasEOL: true }, { str: '' }, { str: '' }, { str: 'Mali' }]);
    expect(piecesOf(withEmpty, 4, 5)).toEqual([]);
    expect(spanOf(withEmpty, 4, 5)).toBeNull();
    expect(spanOf(withEmpty, 3, 6)).toEqual({ begin: { divIndex: 0, offset: 3 }, end: { divIndex: 3, offset: 1 } });
  });

  it('are empty for empty, reversed and out-of-range ranges', () => {
    expect(piecesOf(page, 3, 3)).toEqual([]);
    expect(piecesOf(page, 5, 2)).toEqual([]);
    expect(piecesOf(page, -1, 2)).toEqual([]);
    expect(piecesOf(page, 0, page.text.length + 1)).toEqual([]);
  });

  it('give back exactly the text of the range, for every range', () => {
    for (let start = 0; start < page.text.length; start++) {
      for (let end = start + 1; end <= page.text.length; end++) {
        expect(textOfPieces(strs, piecesOf(page, start, end)).join('')).toBe(page.text.slice(start, end).replace('\n', ''));
      }
    }
  });

  it('cover reordered right-to-left text exactly, in document order', () => {
    // "مصر والصين" drawn from the left as two words, each in reading order (as pdf.js joins them).
    const drawn = [{ str: 'والصين', transform: [1, 0, 0, 1, 10, 0] }, { str: ' ', transform: [1, 0, 0, 1, 60, 0] }, { str: 'مصر', transform: [1, 0, 0, 1, 70, 0] }];
    const rtl = buildPageText(drawn);
    expect(rtl.text).toBe('مصر والصين');
    expect(rtl.order).toEqual([2, 1, 0]);
    // From "مصر" to "وا" of the next word: all of the first word, the space, two letters of the second.
    expect(piecesOf(rtl, 0, 6)).toEqual([
      { divIndex: 0, start: 0, end: 2 },
      { divIndex: 1, start: 0, end: 1 },
      { divIndex: 2, start: 0, end: 3 },
    ]);
  });
});
