/**
 * A PDF page's text as one string in reading order, and the way back from an offset in that
 * string to the text layer's elements.
 *
 * pdf.js gives a page's text as items (runs of text at one position), and its text layer draws
 * one element per item, in the same order: TextLayer.textDivs[i] shows textContentItemsStr[i].
 * The page is searched as one string, so a name split over two runs ("Islamic Republic of" /
 * "Iran") is still found. Two things make the items' own order unfit for that:
 * - Lines: items that end a line (hasEOL) are followed by a "\n" that belongs to no item, so
 *   the last word of a line never runs into the first word of the next.
 * - Right-to-left text: PDFs that place Arabic glyph by glyph (Chromium's, among others) give
 *   items in the order they are drawn, left to right, i.e. reversed. Such lines are put back in
 *   reading order with the Unicode bidi algorithm's reordering rule applied to whole items.
 */

export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  /** pdf.js's transform matrix; [4] is the item's x position on the page. */
  transform?: readonly number[];
}

export interface PageText {
  /** The items' text in reading order, with "\n" after each line that ends with hasEOL. */
  readonly text: string;
  /** Item indexes in the order their text appears in `text`. */
  readonly order: readonly number[];
  /** Where each item's text starts in `text`, by item index. */
  readonly itemStarts: readonly number[];
  /** Length of each item's text in `text`, by item index (0 for an item left out, see duplicateBlanks). */
  readonly itemLengths: readonly number[];
}

/** A place in the text layer: the item (= text element) and the UTF-16 offset inside its text. */
export interface TextPosition {
  divIndex: number;
  offset: number;
}

/** From `begin` to `end` in the text layer's document order. */
export interface TextSpan {
  begin: TextPosition;
  end: TextPosition;
}

/** The part [start, end) of one element's text. */
export interface TextPiece {
  divIndex: number;
  start: number;
  end: number;
}

export const LINE_BREAK = '\n';

type Kind = 'R' | 'L' | 'N';

// Hebrew, Arabic, Syriac, Thaana, NKo…, and the Hebrew and Arabic presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const STRONG_LTR = /[\p{L}\p{N}]/u;

function kindOf(str: string): Kind {
  if (RTL.test(str)) return 'R';
  return STRONG_LTR.test(str) ? 'L' : 'N';
}

/** Reverses, in place, every maximal run of `seq` whose level is at least `level`. */
function reverseRuns(seq: number[], levels: number[], level: number): void {
  for (let i = 0; i < seq.length; ) {
    if (levels[i]! < level) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < seq.length && levels[j + 1]! >= level) j++;
    for (let a = i, b = j; a < b; a++, b--) {
      [seq[a], seq[b]] = [seq[b]!, seq[a]!];
      [levels[a], levels[b]] = [levels[b]!, levels[a]!];
    }
    i = j + 1;
  }
}

/**
 * The reading order of one line's items (given in drawing order). Lines without right-to-left
 * text, and right-to-left lines the PDF already lists from right to left, stay as they are.
 */
function lineOrder(items: readonly TextItemLike[], line: number[]): number[] {
  const kinds = line.map((i) => kindOf(items[i]!.str));
  const rtl = line.filter((_, k) => kinds[k] === 'R');
  if (rtl.length < 2) return line;
  const x = (i: number) => items[i]!.transform?.[4];
  const first = x(rtl[0]!);
  const last = x(rtl[rtl.length - 1]!);
  if (first === undefined || last === undefined || !(first < last)) return line;
  // The line is right to left when enough of its letters are, as pdf.js decides for a run of text.
  let rtlChars = 0;
  let ltrChars = 0;
  for (const i of line) {
    for (const ch of items[i]!.str) {
      if (RTL.test(ch)) rtlChars++;
      else if (STRONG_LTR.test(ch)) ltrChars++;
    }
  }
  const base = rtlChars / (rtlChars + ltrChars) >= 0.3 ? 1 : 0;
  // Levels as the bidi algorithm gives them: RTL text odd, LTR text (and numbers) even, above the base.
  const strong = kinds.map((k) => (k === 'R' ? 1 : k === 'L' ? (base === 1 ? 2 : 0) : null));
  const levels = strong.map((level, k) => {
    if (level !== null) return level;
    let before: number | null = null;
    for (let b = k - 1; b >= 0 && before === null; b--) before = strong[b]!;
    let after: number | null = null;
    for (let a = k + 1; a < strong.length && after === null; a++) after = strong[a]!;
    return before !== null && before === after ? before : base;
  });
  const seq = line.slice();
  for (let level = Math.max(...levels); level >= 1; level--) reverseRuns(seq, levels, level);
  return seq;
}

const BLANK = /^\s+$/;

/**
 * Blank items drawn again where the line already has one: Chromium draws a space twice where
 * a run of text changes font (an Arabic word, then a bracket), and the second copy comes in the
 * middle of the next word in drawing order ("فنزويل ا" for "فنزويلا"). Their text is left out.
 */
function duplicateBlanks(items: readonly TextItemLike[], line: readonly number[]): Set<number> {
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  for (const i of line) {
    const item = items[i]!;
    const x = item.transform?.[4];
    if (x === undefined || !BLANK.test(item.str)) continue;
    const at = Math.round(x * 4);
    if (seen.has(at)) duplicates.add(i);
    else seen.add(at);
  }
  return duplicates;
}

export function buildPageText(items: readonly TextItemLike[]): PageText {
  const parts: string[] = [];
  const order: number[] = [];
  const itemStarts = new Array<number>(items.length).fill(0);
  const itemLengths = items.map((item) => item.str.length);
  let length = 0;
  let line: number[] = [];
  const endLine = (lineBreak: boolean) => {
    const dropped = duplicateBlanks(items, line);
    for (const i of lineOrder(items, line)) {
      order.push(i);
      itemStarts[i] = length;
      if (dropped.has(i)) {
        itemLengths[i] = 0;
        continue;
      }
      parts.push(items[i]!.str);
      length += itemLengths[i]!;
    }
    if (lineBreak) {
      parts.push(LINE_BREAK);
      length += 1;
    }
    line = [];
  };
  items.forEach((item, i) => {
    line.push(i);
    if (item.hasEOL) endLine(true);
  });
  endLine(false);
  return { text: parts.join(''), order, itemStarts, itemLengths };
}

/** Index in `order` of the last item that starts at or before `offset` (items may be empty). */
function lastStartingAtOrBefore(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.order.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (page.itemStarts[page.order[mid]!]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The pieces of the text layer that show [start, end) of the page text, in document order,
 * one per element touched. Line breaks belong to no element and give no piece.
 */
export function piecesOf(page: PageText, start: number, end: number): TextPiece[] {
  if (start < 0 || end > page.text.length || end <= start) return [];
  const pieces: TextPiece[] = [];
  for (let k = Math.max(0, lastStartingAtOrBefore(page, start)); k < page.order.length; k++) {
    const i = page.order[k]!;
    const from = page.itemStarts[i]!;
    if (from >= end) break;
    const a = Math.max(start, from);
    const b = Math.min(end, from + page.itemLengths[i]!);
    if (b > a) pieces.push({ divIndex: i, start: a - from, end: b - from });
  }
  return pieces.sort((p, q) => p.divIndex - q.divIndex);
}

/**
 * The text-layer span of [start, end): from the first to the last element touched, in document
 * order. For text in reading order this is exactly the range; for reordered right-to-left text
 * use piecesOf, which is exact.
 */
export function spanOf(page: PageText, start: number, end: number): TextSpan | null {
  const pieces = piecesOf(page, start, end);
  if (pieces.length === 0) return null;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  return { begin: { divIndex: first.divIndex, offset: first.start }, end: { divIndex: last.divIndex, offset: last.end } };
}
