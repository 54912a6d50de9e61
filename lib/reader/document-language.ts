import type { DataLanguage } from '@/lib/data/schema';
import { unDocumentAddress } from './un-documents';

/** A BCP 47 tag as PDFs write it in /Lang ("en-US", "fr", "zh-Hans-CN"); the leading language subtag is what counts. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The language the State matcher is told a document is in (its `pageLanguage`): the PDF's own
 * /Lang when it has a sound one, else the language the UN address names (undocs.org/fr/…),
 * else the language the reader asked the UN for. Undefined when nothing says: every name is
 * then marked, as on a web page without a language.
 */
export function documentLanguage(pdfLang: unknown, address: string | undefined, requested: DataLanguage | undefined): string | undefined {
  if (typeof pdfLang === 'string' && LANGUAGE_TAG.test(pdfLang.trim())) return pdfLang.trim();
  const named = address ? unDocumentAddress(address) : null;
  if (named?.kind === 'symbol') return named.lang ?? requested;
  return undefined;
}
