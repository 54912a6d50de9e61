/**
 * Why a document could not be shown, in the words the reader uses for its messages. pdf.js
 * signals its errors by class; their `name` is checked so this stays testable without pdf.js.
 */
export type LoadProblem =
  /** The reader was opened with something that is not a web address. */
  | { kind: 'not-an-address' }
  /** An address on a site the reader does not fetch from (only UN sites). */
  | { kind: 'not-a-un-site' }
  /** No answer: offline, blocked, the site is down. */
  | { kind: 'network' }
  /** The site answered with an error status (404, 500…). */
  | { kind: 'http'; status: number }
  /** The address gives something else than a PDF (a web page, an image…). */
  | { kind: 'not-pdf' }
  /** The file starts as a PDF but cannot be read. */
  | { kind: 'damaged' }
  /** The PDF is encrypted with a password the user did not give. */
  | { kind: 'password' };

/** The problem behind an error thrown while pdf.js opened a document. */
export function problemOfPdfjsError(error: unknown): LoadProblem {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return { kind: 'password' };
  if (name === 'ResponseException') {
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' && status > 0 ? { kind: 'http', status } : { kind: 'network' };
  }
  return { kind: 'damaged' };
}

/** Where the "%PDF-" header must start: the format lets a few bytes of junk come first. */
const HEADER_WINDOW = 1024;
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether `bytes` begin (within the first kilobyte) with a PDF header. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - HEADER.length, HEADER_WINDOW);
  for (let i = 0; i <= limit; i++) {
    if (HEADER.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/** Whether a page's text items hold any text; a scanned page has none. */
export function hasText(items: ReadonlyArray<{ str?: string }>): boolean {
  return items.some((item) => typeof item.str === 'string' && item.str.trim() !== '');
}
