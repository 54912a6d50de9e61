import { isExcludedElement } from './exclusions';

/** Shorter text cannot hold a State name ("Chad" and "乍得" are the shortest). */
const MIN_TEXT_LENGTH = 2;

/**
 * A TreeWalker over the text nodes under `root` that may be marked. Excluded elements are
 * rejected whole, so the walk never enters scripts, styles, form fields or our own marks.
 */
export function createTextWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) {
        return (node as Text).length >= MIN_TEXT_LENGTH ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
      return isExcludedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
}
