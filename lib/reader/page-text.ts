/**
 * A PDF page's text as one string, and the way back from an offset in that string to a text item.
 *
 * pdf.js gives a page's text as items (runs of text at one position), and its text layer draws
 * one element per item, in the same order: TextLayer.textDivs[i] shows textContentItemsStr[i].
 * Searching the items one by one would miss a name split over two runs ("Islamic Republic of" /
 * "Iran"), so the page is searched as one string. Items that end a line (hasEOL) are followed by
 * a "\n" that belongs to no item, so the last word of a line never runs into the first of the next.
 */

export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

export interface PageText {
  /** The items' text joined, with "\n" after each item that ends a line. */
  readonly text: string;
  /** Offset in `text` where each item starts. */
  readonly itemStarts: readonly number[];
  /** Length of each item's text. */
  readonly itemLengths: readonly number[];
}

/** A place in the text layer: the item (= text element) and the UTF-16 offset inside its text. */
export interface TextPosition {
  divIndex: number;
  offset: number;
}

export interface TextSpan {
  begin: TextPosition;
  end: TextPosition;
}

export const LINE_BREAK = '\n';

export function buildPageText(items: readonly TextItemLike[]): PageText {
  const parts: string[] = [];
  const itemStarts: number[] = [];
  const itemLengths: number[] = [];
  let length = 0;
  for (const item of items) {
    itemStarts.push(length);
    itemLengths.push(item.str.length);
    parts.push(item.str);
    length += item.str.length;
    if (item.hasEOL) {
      parts.push(LINE_BREAK);
      length += 1;
    }
  }
  return { text: parts.join(''), itemStarts, itemLengths };
}

/** Index of the last item that starts at or before `offset` (items may be empty). */
function lastItemStartingAtOrBefore(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.itemStarts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (page.itemStarts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The position of the character at `offset`, for the start of a span. An offset on a line break
 * (between items) moves forward to the start of the next non-empty item.
 */
export function startPosition(page: PageText, offset: number): TextPosition | null {
  if (offset < 0 || offset >= page.text.length) return null;
  const { itemStarts: starts, itemLengths: lengths } = page;
  const i = lastItemStartingAtOrBefore(page, offset);
  if (i >= 0 && offset - starts[i]! < lengths[i]!) return { divIndex: i, offset: offset - starts[i]! };
  for (let j = i + 1; j < starts.length; j++) if (lengths[j]! > 0) return { divIndex: j, offset: 0 };
  return null;
}

/**
 * The position just past the character before `offset`, for the end of a span. An end that
 * follows a line break moves back to the end of the non-empty item before it.
 */
export function endPosition(page: PageText, offset: number): TextPosition | null {
  if (offset <= 0 || offset > page.text.length) return null;
  const { itemStarts: starts, itemLengths: lengths } = page;
  const last = offset - 1;
  const i = lastItemStartingAtOrBefore(page, last);
  if (i >= 0 && last - starts[i]! < lengths[i]!) return { divIndex: i, offset: last - starts[i]! + 1 };
  for (let j = i; j >= 0; j--) if (lengths[j]! > 0) return { divIndex: j, offset: lengths[j]! };
  return null;
}

/** The text-layer span of [start, end) in the page text, or null for an empty or outside range. */
export function spanOf(page: PageText, start: number, end: number): TextSpan | null {
  if (end <= start) return null;
  const begin = startPosition(page, start);
  const stop = endPosition(page, end);
  if (!begin || !stop) return null;
  if (stop.divIndex < begin.divIndex || (stop.divIndex === begin.divIndex && stop.offset <= begin.offset)) return null;
  return { begin, end: stop };
}
