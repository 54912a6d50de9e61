import type { TextMatch } from './types';
import { isMark, MARK_TAG } from './mark-element';

/**
 * Text nodes we split off. The original node always stays in place holding the text before the
 * first match, so unwrapping can merge exactly these pieces back into it and leave the page's
 * own text nodes (even adjacent ones) as they were.
 */
const splitPieces = new WeakSet<Text>();

/**
 * Wraps each match of `text` in a mark made by `makeMark`. The original node keeps the text
 * before the first match (or, when a match starts the node, moves into that mark); the marks
 * and the text between them are built in a DocumentFragment, away from the page, and go in
 * with one insertion: a page with thousands of mentions then costs one change to the live tree
 * per text node instead of four per mention. No markup is parsed, and listeners on ancestors
 * keep working.
 */
export function wrapMatches(
  text: Text,
  matches: ReadonlyArray<TextMatch>,
  makeMark: (iso2: string) => HTMLElement,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const parent = text.parentNode;
  if (!parent) return marks;
  const doc = text.ownerDocument;
  const data = text.data;
  const length = data.length;
  let fragment: DocumentFragment | null = null;
  let firstMark: HTMLElement | null = null;
  let kept = length; // how much of `data` the original node keeps
  let pos = 0;
  for (const match of matches) {
    if (match.start < pos || match.end > length || match.start >= match.end) continue;
    const mark = makeMark(match.iso2);
    if (!firstMark) {
      firstMark = mark;
      fragment = doc.createDocumentFragment();
      if (match.start === 0) kept = match.end;
      else {
        kept = match.start;
        mark.appendChild(piece(doc, data.slice(match.start, match.end)));
        fragment.appendChild(mark);
      }
    } else {
      if (match.start > pos) fragment!.appendChild(piece(doc, data.slice(pos, match.start)));
      mark.appendChild(piece(doc, data.slice(match.start, match.end)));
      fragment!.appendChild(mark);
    }
    marks.push(mark);
    pos = match.end;
  }
  if (!firstMark) return marks;
  if (pos < length) fragment!.appendChild(piece(doc, data.slice(pos)));
  if (kept < length) text.data = data.slice(0, kept);
  if (firstMark.parentNode === fragment) {
    parent.insertBefore(fragment!, text.nextSibling);
  } else {
    // The first match starts the node: the original node moves into its mark.
    parent.insertBefore(firstMark, text);
    firstMark.appendChild(text);
    parent.insertBefore(fragment!, firstMark.nextSibling);
  }
  return marks;
}

function piece(doc: Document, data: string): Text {
  const node = doc.createTextNode(data);
  splitPieces.add(node);
  return node;
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
