import { describe, expect, it } from 'vitest';
import { buildPageText, endPosition, spanOf, startPosition } from './page-text';

// Three items on two lines, as pdf.js gives them: "The Council heard " + "Egypt" ending a line, then "and China.".
const items = [{ str: 'The Council heard ' }, { str: 'Egypt', hasEOL: true }, { str: 'and China.' }];

describe('buildPageText', () => {
  it('joins the items and puts a line break after an item that ends a line', () => {
    const page = buildPageText(items);
    expect(page.text).toBe('The Council heard Egypt\nand China.');
    expect(page.itemStarts).toEqual([0, 18, 24]);
    expect(page.itemLengths).toEqual([18, 5, 10]);
  });

  it('keeps empty items, so indexes stay those of the text layer elements', () => {
    const page = buildPageText([{ str: 'A' }, { str: '' }, { str: 'B', hasEOL: true }, { str: '' }]);
    expect(page.text).toBe('AB\n');
    expect(page.itemStarts).toEqual([0, 1, 1, 3]);
  });
});

describe('positions and spans', () => {
  const page = buildPageText(items);

  it('maps a name inside one item to that element', () => {
    const start = page.text.indexOf('Egypt');
    expect(spanOf(page, start, start + 5)).toEqual({ begin: { divIndex: 1, offset: 0 }, end: { divIndex: 1, offset: 5 } });
    const china = page.text.indexOf('China');
    expect(spanOf(page, china, china + 5)).toEqual({ begin: { divIndex: 2, offset: 4 }, end: { divIndex: 2, offset: 9 } });
  });

  it('maps a span across two items and a line break to both elements', () => {
    const start = page.text.indexOf('heard');
    const end = page.text.indexOf(' China');
    expect(spanOf(page, start, end)).toEqual({ begin: { divIndex: 0, offset: 12 }, end: { divIndex: 2, offset: 3 } });
  });

  it('moves a start on a line break forward and an end after one back', () => {
    const lineBreak = page.text.indexOf('\n');
    expect(startPosition(page, lineBreak)).toEqual({ divIndex: 2, offset: 0 });
    expect(endPosition(page, lineBreak + 1)).toEqual({ divIndex: 1, offset: 5 });
  });

  it('skips empty items in both directions', () => {
    const withEmpty = buildPageText([{ str: 'Chad' }, { str: '' }, { str: '' }, { str: 'Mali' }]);
    expect(startPosition(withEmpty, 4)).toEqual({ divIndex: 3, offset: 0 });
    expect(endPosition(withEmpty, 4)).toEqual({ divIndex: 0, offset: 4 });
    expect(spanOf(withEmpty, 0, 8)).toEqual({ begin: { divIndex: 0, offset: 0 }, end: { divIndex: 3, offset: 4 } });
  });

  it('refuses empty, reversed and out-of-range spans', () => {
    expect(spanOf(page, 3, 3)).toBeNull();
    expect(spanOf(page, 5, 2)).toBeNull();
    expect(spanOf(page, -1, 2)).toBeNull();
    expect(spanOf(page, 0, page.text.length + 1)).toBeNull();
    // Only a line break: no element holds any of it.
    const lineBreak = page.text.indexOf('\n');
    expect(spanOf(page, lineBreak, lineBreak + 1)).toBeNull();
  });

  it('gives the same text back from the elements as from the page text, for every span', () => {
    const strs = items.map((i) => i.str);
    const fromElements = (s: NonNullable<ReturnType<typeof spanOf>>) => {
      if (s.begin.divIndex === s.end.divIndex) return strs[s.begin.divIndex]!.slice(s.begin.offset, s.end.offset);
      const middle = strs.slice(s.begin.divIndex + 1, s.end.divIndex);
      return [strs[s.begin.divIndex]!.slice(s.begin.offset), ...middle, strs[s.end.divIndex]!.slice(0, s.end.offset)].join('');
    };
    for (let start = 0; start < page.text.length; start++) {
      for (let end = start + 1; end <= page.text.length; end++) {
        const span = spanOf(page, start, end);
        const expected = page.text.slice(start, end).replace(/^\n|\n$/g, '').replace('\n', '');
        if (expected === '') expect(span).toBeNull();
        else expect(fromElements(span!)).toBe(expected);
      }
    }
  });
});
