import { normalizePresentationForms } from './presentation-forms';

/**
 * Search inside a document's text, as Ctrl+F in the reader does it. The page text (in reading
 * order, see page-text.ts) is folded so that a search ignores case, accents and vowel marks,
 * Arabic letter forms and how spaces and line ends fall; every folded character remembers the
 * page-text offset it came from, so matches map back to the text layer.
 */

export interface SearchableText {
  /** The folded text. */
  readonly text: string;
  /** For each code unit of `text`, the page-text offset it came from. */
  readonly toSource: Int32Array;
}

const MARK = /\p{M}/gu;
const SPACE = /\s/u;
const TATWEEL = 'ـ';

function foldChar(ch: string): string {
  if (ch === TATWEEL) return '';
  return ch.normalize('NFKD').replace(MARK, '').toLowerCase();
}

export function searchable(pageText: string): SearchableText {
  const normalized = normalizePresentationForms(pageText);
  const out: string[] = [];
  const map: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < normalized.text.length; i++) {
    const ch = normalized.text[i]!;
    const source = normalized.toOriginal ? normalized.toOriginal[i]! : i;
    if (SPACE.test(ch)) {
      if (!lastWasSpace) {
        out.push(' ');
        map.push(source);
      }
      lastWasSpace = true;
      continue;
    }
    const folded = foldChar(ch);
    for (const unit of folded) {
      for (let k = 0; k < unit.length; k++) map.push(source);
      out.push(unit);
    }
    if (folded) lastWasSpace = false;
  }
  return { text: out.join(''), toSource: Int32Array.from(map) };
}

/** The query folded the same way, spaces collapsed and trimmed; empty when there is nothing to find. */
export function foldQuery(query: string): string {
  return searchable(query).text.trim();
}

/** Every match of the folded query, as [start, end) offsets of the page text, without overlaps. */
export function findInText(haystack: SearchableText, foldedQuery: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (!foldedQuery) return found;
  for (let at = haystack.text.indexOf(foldedQuery); at !== -1; at = haystack.text.indexOf(foldedQuery, at + foldedQuery.length)) {
    const last = at + foldedQuery.length - 1;
    found.push([haystack.toSource[at]!, haystack.toSource[last]! + 1]);
  }
  return found;
}
