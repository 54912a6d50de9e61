/**
 * Which addresses a source may have. Every link reachable from the UI must lead to a page a reader
 * can trust: the publisher's own page over https, or an old page that exists only over plain http
 * (marked `plainHttp`). Test, staging and preview hosts and unofficial mirrors are refused: they
 * are copies nobody publishes under their name, and they change or vanish without notice.
 */

/**
 * Domains that host only test, staging or preview deployments or unofficial mirrors of other
 * sites (a host ending in one of them is refused).
 */
export const NON_PUBLISHING_DOMAINS: readonly string[] = [
  // OHCHR's test/staging deployment (web.test.ohchr.un-icc.cloud), not ohchr.org.
  'un-icc.cloud',
  // Preview and staging deployments of web sites.
  'azurewebsites.net',
  'pages.dev',
  'workers.dev',
  'netlify.app',
  'vercel.app',
  'herokuapp.com',
  'ngrok.io',
  'ngrok-free.app',
  // Bucket and CDN hostnames that serve unofficial mirrors of blocked news sites.
  'appspot.com',
  'cloudfront.net',
  'storage.googleapis.com',
  // Newsletter previews.
  'preview.mailerlite.com',
];

/** A host label that marks a non-public deployment wherever it stands before the public suffix. */
const NON_PUBLISHING_LABELS = new Set(['test', 'staging', 'stage', 'preview', 'sandbox', 'uat', 'qa', 'dev']);

/** Top-level names reserved for tests and local networks (RFC 2606, RFC 6761, RFC 6762). */
const RESERVED_TLDS = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal', 'lan']);

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** Why `host` is not a publishing site, or null when it may be one. */
export function nonPublishingHost(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || isIpAddress(name)) return `${name} is a local or numeric address, not a publishing site`;
  const labels = name.split('.');
  const tld = labels.at(-1)!;
  if (RESERVED_TLDS.has(tld)) return `${name} is on a test or local-network domain (.${tld})`;
  const domain = NON_PUBLISHING_DOMAINS.find((d) => name === d || name.endsWith(`.${d}`));
  if (domain) return `${name} is a test, staging, preview or mirror host (${domain})`;
  // The last label is the top-level name (".dev" is a public one); any label before it counts.
  const label = labels.slice(0, -1).find((l) => NON_PUBLISHING_LABELS.has(l));
  if (label) return `${name} is a ${label} host, not the publisher's site`;
  return null;
}

/**
 * Why `url` may not be a source address, or null when it may. `plainHttp` is the source's own
 * statement that the page exists only over plain http.
 */
export function sourceUrlProblem(url: string, plainHttp = false): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not an absolute address`;
  }
  if (parsed.protocol === 'http:') {
    if (!plainHttp) return `plain http address "${url}": use https, or mark an old page that has no https with plainHttp: true`;
  } else if (parsed.protocol !== 'https:') {
    return `${parsed.protocol} addresses are not allowed: a source must be an https (or marked plain http) web page`;
  } else if (plainHttp) {
    return 'plainHttp is set but the address is https';
  }
  if (parsed.username || parsed.password) return 'an address with a user name or password is not a public page';
  return nonPublishingHost(parsed.hostname);
}
