import { registerReaderMenu } from './reader-menu';
import { registerReaderRedirect } from './reader-redirect';

/** Background parts of the PDF reader: its context menu item and the "open UN PDFs in the reader" option. */
export function registerReader(): void {
  registerReaderMenu();
  registerReaderRedirect();
}
