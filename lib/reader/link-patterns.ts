import { UN_SITE_DOMAINS } from '@/lib/un-sites';

/**
 * Match patterns of links to UN documents, for the "Open in the EndReprisals reader" context
 * menu: PDF files on UN sites (match patterns see the query string, hence the "?*" forms) and
 * the UN's addresses of documents by symbol.
 */
export function unDocumentLinkPatterns(): string[] {
  const pdfs = UN_SITE_DOMAINS.flatMap((domain) =>
    ['pdf', 'PDF'].flatMap((ext) => [`*://*.${domain}/*.${ext}`, `*://*.${domain}/*.${ext}?*`]),
  );
  return [
    ...pdfs,
    '*://documents.un.org/api/symbol/access*',
    '*://undocs.org/*',
    '*://www.undocs.org/*',
    '*://docs.un.org/*',
    '*://daccess-ods.un.org/*',
  ];
}
