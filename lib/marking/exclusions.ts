const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose text is code, form data, or not rendered as prose. */
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var',
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'output',
  'iframe', 'object', 'embed', 'canvas', 'head', 'title',
]);

/** Where a click belongs to the page's own control (a link, a button), not to a mark. */
export const INTERACTIVE_SELECTOR = 'a[href], button, label, summary, select, [role="button"], [role="link"], [onclick]';

/**
 * True when nothing inside `element` may be marked. SVG and MathML text (other namespaces) is
 * drawn by position and rarely prose. Editable regions belong to the user.
 */
export function isExcludedElement(element: Element): boolean {
  if (element.namespaceURI !== HTML_NS) return true;
  if (EXCLUDED_TAGS.has(element.localName)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

/** True when `node` or any ancestor up to (not including) `root` is excluded. */
export function isInsideExcluded(node: Node, root: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isExcludedElement(el)) return true;
    if (el === root) return false;
  }
  return false;
}

/** True when `node` sits inside a link, button or other control of the page's. */
export function isInsideInteractive(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest(INTERACTIVE_SELECTOR);
}
