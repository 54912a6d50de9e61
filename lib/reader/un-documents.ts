import type { DataLanguage } from '@/lib/data/schema';
import { isUnSiteHost } from '@/lib/un-sites';

/**
 * Addresses of UN documents. A document is reached by its symbol (A/HRC/51/47) in one of the six
 * languages, through a chain: undocs.org/<symbol> and docs.un.org/<lang>/<symbol> are HTML pages
 * whose frame loads documents.un.org/api/symbol/access?s=<symbol>&l=<lang>&t=pdf, which redirects
 * to the PDF itself (documents.un.org/doc/undoc/gen/…/….pdf). The reader skips the HTML page and
 * asks the access address directly, once; the browser follows the redirect.
 */

export const UN_DOCUMENT_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies readonly DataLanguage[];

export function isUnDocumentLanguage(value: unknown): value is DataLanguage {
  return typeof value === 'string' && (UN_DOCUMENT_LANGUAGES as readonly string[]).includes(value);
}

/** The one-letter language codes of the UN's older document system (daccess-ods, ODS). */
const ODS_LANGUAGES: Record<string, DataLanguage> = { A: 'ar', C: 'zh', E: 'en', F: 'fr', R: 'ru', S: 'es' };

/**
 * A UN document symbol: an organ (A, S, E, CCPR…) then parts separated by slashes, e.g.
 * A/HRC/51/47, A/HRC/24/29/Corr.1, S/RES/2334(2016), E/CN.4/2005/L.10/Add.17.
 */
const SYMBOL = /^[A-Z][A-Z0-9]*(?:\/[A-Za-z0-9.()\-]+)+$/;
const SYMBOL_MAX = 120;

export function isDocumentSymbol(value: string): boolean {
  return value.length <= SYMBOL_MAX && SYMBOL.test(value);
}

/** What a UN address points at: a PDF file, or a document by symbol (and language, when it says). */
export type UnDocumentAddress =
  | { kind: 'pdf'; url: string }
  | { kind: 'symbol'; url: string; symbol: string; lang: DataLanguage | null };

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function symbolFromPath(path: string): { symbol: string; lang: DataLanguage | null } | null {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const first = parts[0]?.toLowerCase();
  const lang = isUnDocumentLanguage(first) ? first : null;
  const symbol = (lang ? parts.slice(1) : parts).join('/');
  return isDocumentSymbol(symbol) ? { symbol, lang } : null;
}

/** The UN document `url` points at, or null when it is not a UN document address. */
export function unDocumentAddress(url: string): UnDocumentAddress | null {
  const u = parse(url);
  if (!u || !isUnSiteHost(u.hostname)) return null;
  const host = u.hostname.toLowerCase();
  const href = u.href;
  if (/\.pdf$/i.test(u.pathname)) return { kind: 'pdf', url: href };
  if (host === 'documents.un.org' && u.pathname.toLowerCase() === '/api/symbol/access') {
    const symbol = u.searchParams.get('s') ?? '';
    const lang = u.searchParams.get('l')?.toLowerCase() ?? '';
    if (!isDocumentSymbol(symbol)) return null;
    return { kind: 'symbol', url: href, symbol, lang: isUnDocumentLanguage(lang) ? lang : null };
  }
  if (host === 'daccess-ods.un.org') {
    const symbol = u.searchParams.get('DS') ?? '';
    if (!isDocumentSymbol(symbol)) return null;
    return { kind: 'symbol', url: href, symbol, lang: ODS_LANGUAGES[u.searchParams.get('Lang') ?? ''] ?? null };
  }
  if (host === 'undocs.org' || host === 'www.undocs.org' || host === 'docs.un.org') {
    const found = symbolFromPath(u.pathname);
    return found ? { kind: 'symbol', url: href, ...found } : null;
  }
  return null;
}

/** The address that returns the PDF of `symbol` in `lang` (after one redirect). */
export function symbolAccessUrl(symbol: string, lang: DataLanguage): string {
  return `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${lang}&t=pdf`;
}

/** The public address people share for a document: undocs.org/<symbol>. */
export function symbolPageUrl(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}
