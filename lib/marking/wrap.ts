import type { TextMatch } from './types';
import { isMark, MARK_TAG } from './mark-element';

/**
 * Text nodes we split off. The original node always stays in place holding the text before the
 * first match, so unwrapping can merge exactly these pieces back into it and leave the page's
 * own text nodes (even adjacent ones) as they were.
 */
const splitPieces = new WeakSet<Text>();

/**
 * Wraps each match of `text` in a mark made by `makeMark`. Splits the node with splitText and
 * moves the matched piece into the mark: no markup is parsed, the page's text stays the same
 * node objects where it can, and listeners on ancestors keep working.
 */
export function wrapMatches(
  text: Text,
  matches: ReadonlyArray<TextMatch>,
  makeMark: (iso2: string) => HTMLElement,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const parent = text.parentNode;
  if (!parent) return marks;
  // Last match first, so the offsets of earlier ones stay valid in `text`.
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i]!;
    if (match.start < 0 || match.end > text.length || match.start >= match.end) continue;
    if (match.end < text.length) splitPieces.add(text.splitText(match.end));
    const piece = match.start > 0 ? text.splitText(match.start) : text;
    if (piece !== text) splitPieces.add(piece);
    const mark = makeMark(match.iso2);
    parent.insertBefore(mark, piece);
    mark.appendChild(piece);
    marks.push(mark);
  }
  return marks.reverse();
}

/** Puts a mark's text back where the mark was and joins the pieces we split off. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  const after = mark.nextSibling;
  const before = mark.previousSibling;
  mark.remove();
  mergeSplitPieces(before ?? parent.firstChild);
  if (after && after.parentNode === parent) mergeSplitPieces(after);
}

/** From `start` on, merges each split piece into the text node before it. */
function mergeSplitPieces(start: Node | null): void {
  let node = start;
  while (node) {
    const next: ChildNode | null = node.nextSibling;
    if (node.nodeType === 3 && splitPieces.has(node as Text)) {
      const previous = node.previousSibling;
      if (previous && previous.nodeType === 3) {
        (previous as Text).appendData((node as Text).data);
        splitPieces.delete(node as Text);
        node.parentNode!.removeChild(node);
      }
    } else if (node.nodeType !== 3) {
      return;
    }
    node = next;
  }
}

/** Removes every mark under `root`, restoring the text nodes as they were before marking. */
export function unmarkAll(root: ParentNode): number {
  const marks = Array.from(root.querySelectorAll(MARK_TAG));
  for (const mark of marks) unwrapMark(mark);
  return marks.length;
}

export { isMark };
