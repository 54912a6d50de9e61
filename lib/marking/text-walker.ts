import { isExcludedElement } from './exclusions';

/** Shorter text cannot hold a State name ("Chad" and "乍得" are the shortest). */
export const MIN_TEXT_LENGTH = 2;

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
 * fields) is decided per parent and remembered for every ancestor looked at, so each element
 * of the page is judged at most once.
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

/**
 * The `lang` a text is in, as the page declares it: its nearest element with a `lang`
 * attribute, else the document's. Remembered per element, as a page's text nodes share few
 * parents; `forget` after the page had a turn.
 */
export function createLanguageLookup(doc: Document): { of(node: Node): string | undefined; forget(): void } {
  const memo = new Map<Element, string | undefined>();
  let lastElement: Element | null = null;
  let lastValue: string | undefined;
  function ofElement(element: Element | null): string | undefined {
    if (!element) return doc.documentElement?.getAttribute('lang') || undefined;
    if (memo.has(element)) return memo.get(element);
    const own = element.getAttribute('lang');
    const value = own !== null ? own || undefined : ofElement(element.parentElement);
    memo.set(element, value);
    return value;
  }
  return {
    of(node) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (element !== lastElement) {
        lastElement = element;
        lastValue = ofElement(element);
      }
      return lastValue;
    },
    forget() {
      memo.clear();
      lastElement = null;
    },
  };
}
