import type { StatementParagraph } from '@/lib/state-brief/types';

/**
 * Puts a statement paragraph on the clipboard as plain text and as clean HTML, from the click
 * that asked for it. The clipboard API first; where the page's policy refuses it, the copy
 * command, whose event our listener fills. False when both are refused.
 */
export async function copyStatement(doc: Document, { text, html }: Pick<StatementParagraph, 'text' | 'html'>): Promise<boolean> {
  const view = doc.defaultView;
  const Item = (view as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
  const clipboard = view?.navigator.clipboard;
  if (Item && clipboard?.write) {
    try {
      await clipboard.write([new Item({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return true;
    } catch {
      // fall through to the copy command
    }
  }
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    event.stopImmediatePropagation();
    copied = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    // refused: copied stays false
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return copied;
}
