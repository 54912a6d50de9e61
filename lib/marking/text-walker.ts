import { isExcludedElement } from './exclusions';

/** Shorter text cannot hold a State name ("Chad" and "乍得" are the shortest). */
const MIN_TEXT_LENGTH = 2;

export interface TextWalker {
  /** The next markable text node in document order, or null at the end. */
  nextNode(): Text | null;
  /** Drops what was learnt about ancestors, after the page had a turn and may have moved nodes. */
  forgetAncestors(): void;
}

/**
 * Walks the text nodes under `root` that may be marked. The walk itself is a TreeWalker over
 * text nodes only and without a filter, so the browser does it natively: a JavaScript filter
 * would be called for every element and text node of the page, which costs several times the
 * walk itself. Whether a text node sits inside an excluded element (scripts, styles, form
 * fields, our own marks) is decided per parent and remembered for every ancestor looked at,
 * so each element of the page is judged at most once.
 */
export function createTextWalker(root: Node): TextWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const excludedMemo = new Map<Node, boolean>();
  let lastParent: Node | null = null;
  let lastExcluded = false;

  function excluded(node: Node | null): boolean {
    if (!node || node === root) return false;
    let value = excludedMemo.get(node);
    if (value === undefined) {
      value = (node.nodeType === 1 && isExcludedElement(node as Element)) || excluded(node.parentNode);
      excludedMemo.set(node, value);
    }
    return value;
  }

  return {
    nextNode() {
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.length < MIN_TEXT_LENGTH) continue;
        const parent = node.parentNode;
        if (parent !== lastParent) {
          lastParent = parent;
          lastExcluded = excluded(parent);
        }
        if (!lastExcluded) return node;
      }
      return null;
    },
    forgetAncestors() {
      excludedMemo.clear();
      lastParent = null;
    },
  };
}
