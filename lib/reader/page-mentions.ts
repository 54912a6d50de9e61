import { piecesOf, type PageText, type TextPiece, type TextSpan } from './page-text';
import { normalizePresentationForms, originalRange } from './presentation-forms';

/** What the State matcher returns for a text (getStateMatcher().find). */
export type FindStates = (text: string) => ReadonlyArray<{ start: number; end: number; iso2: string }>;

/** A State named on a page: where in the page text, and where in the text layer. */
export interface PageMention extends TextSpan {
  iso2: string;
  /** Exactly the text-layer text of the name, one piece per element, in document order. */
  pieces: TextPiece[];
  /** Offsets in PageText.text. */
  start: number;
  stop: number;
  /** The page text of the mention, as the PDF has it. */
  text: string;
}

/**
 * The States a page names, in order, each mapped back to its text-layer elements. The page text
 * is normalised again first (presentation forms, see presentation-forms.ts); offsets are mapped
 * back to the page text, then to (element, offset) pairs.
 */
export function findPageMentions(page: PageText, find: FindStates): PageMention[] {
  const normalized = normalizePresentationForms(page.text);
  const mentions: PageMention[] = [];
  for (const match of find(normalized.text)) {
    const [start, stop] = originalRange(normalized, match.start, match.end);
    const pieces = piecesOf(page, start, stop);
    if (pieces.length === 0) continue;
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    mentions.push({
      iso2: match.iso2,
      start,
      stop,
      text: page.text.slice(start, stop),
      pieces,
      begin: { divIndex: first.divIndex, offset: first.start },
      end: { divIndex: last.divIndex, offset: last.end },
    });
  }
  return mentions;
}
