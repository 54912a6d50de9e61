/**
 * The UN sites the content script runs on, in one place: the manifest's `matches` and
 * `host_permissions` are built from this list (wxt.config.ts), and the README lists it.
 * Each domain covers its subdomains, e.g. un.org covers documents.un.org, docs.un.org,
 * digitallibrary.un.org, news.un.org and webtv.un.org.
 */
export const UN_SITE_DOMAINS = ['un.org', 'ohchr.org', 'undocs.org', 'ungeneva.org', 'unog.ch'] as const;

/** Subdomains people use most, named so the README can show where marking is seen. */
export const UN_SITE_EXAMPLES = [
  'www.un.org', 'documents.un.org', 'docs.un.org', 'digitallibrary.un.org', 'news.un.org',
  'webtv.un.org', 'www.ohchr.org', 'undocs.org', 'www.ungeneva.org', 'www.unog.ch',
] as const;

/** "*.un.org" in a match pattern matches un.org itself and every subdomain. */
export const UN_SITE_MATCHES: string[] = UN_SITE_DOMAINS.map((domain) => `*://*.${domain}/*`);

/** True for a UN site's host name, e.g. "news.un.org", but not "un.org.example.com". */
export function isUnSiteHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return UN_SITE_DOMAINS.some((domain) => h === domain || h.endsWith(`.${domain}`));
}
