import type { DataLanguage } from '@/lib/data/schema';
import { READER_PAGE } from './package-paths';
import { isUnDocumentLanguage } from './un-documents';

/** What the reader is asked to open: an address, and the language wanted when it names a symbol. */
export interface ReaderRequest {
  src: string;
  lang?: DataLanguage;
}

/** The reader's path for `request`, e.g. "reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47&lang=fr". */
export function readerPath(request: ReaderRequest): string {
  const lang = request.lang ? `&lang=${request.lang}` : '';
  return `${READER_PAGE}?src=${encodeURIComponent(request.src)}${lang}`;
}

/**
 * The request in the reader's own address. Two forms: "?src=<encoded address>&lang=xx", which
 * our links use, and "#<address>" as it stands, which the automatic redirect writes (a
 * declarativeNetRequest substitution cannot encode; the fragment takes the address unchanged).
 */
export function parseReaderRequest(search: string, hash: string): ReaderRequest | null {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') ?? undefined;
  const src = params.get('src') ?? (/^#https?:/i.test(hash) ? hash.slice(1) : null);
  if (!src) return null;
  return isUnDocumentLanguage(lang) ? { src, lang } : { src };
}
