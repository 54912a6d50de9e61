import type { DataLanguage } from '@/lib/data/schema';
import { isUnSiteHost } from '@/lib/un-sites';
import { symbolAccessUrl, unDocumentAddress } from './un-documents';

/**
 * Where the reader fetches a document from, and what it shows as the original address. The reader
 * fetches only from UN sites (its host permissions); test-only builds may add local hosts.
 */
export interface PdfSource {
  /** The address the user opened, shown and linked in the reader. */
  original: string;
  /** The address fetched: the PDF, or the UN address that redirects to it. */
  fetchUrl: string;
  /** The document's symbol, when the address names one. */
  symbol: string | null;
}

export type SourceRefusal = { refused: 'not-an-address' | 'not-a-un-site'; original: string };

export interface SourceOptions {
  /** Language for a symbol whose address names none (the interface language). */
  fallbackLang: DataLanguage;
}

/**
 * The source for the reader's `src`. A symbol address is fetched through the UN's access address
 * in the language the address names, else `lang` (the language the link was made for), else the
 * interface language.
 */
export function resolvePdfSource(src: string, lang: DataLanguage | undefined, options: SourceOptions): PdfSource | SourceRefusal {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { refused: 'not-an-address', original: src };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { refused: 'not-an-address', original: src };
  const host = url.hostname.toLowerCase();
  if (!isUnSiteHost(host)) return { refused: 'not-a-un-site', original: url.href };
  // UN sites all serve https; an old http link would be redirected there anyway.
  const secure = url.protocol === 'http:' ? `https:${url.href.slice('http:'.length)}` : url.href;
  const document = unDocumentAddress(secure);
  if (document?.kind === 'symbol') {
    return {
      original: url.href,
      fetchUrl: symbolAccessUrl(document.symbol, document.lang ?? lang ?? options.fallbackLang),
      symbol: document.symbol,
    };
  }
  return { original: url.href, fetchUrl: secure, symbol: null };
}

export function isRefusal(source: PdfSource | SourceRefusal): source is SourceRefusal {
  return 'refused' in source;
}
