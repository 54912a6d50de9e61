import { UN_SITE_DOMAINS } from '@/lib/un-sites';

/**
 * The "open UN PDFs in the reader" option. A navigation of a tab to a PDF on a UN site goes to
 * the reader instead, with the PDF's address; never a POST, never a download (a response that
 * says "attachment"), never a PDF opened from the reader itself (its "Original" link), never a
 * PDF inside a frame. The browser decides from the response headers, so a UN page that is not a
 * PDF is never touched.
 *
 * Chrome: declarativeNetRequest rules with response-header conditions (Chrome 128 and later;
 * 121–127 ignored those conditions and would redirect downloads too). Firefox: a blocking
 * webRequest listener (its declarativeNetRequest cannot see response headers), deciding with
 * shouldOpenInReader below.
 */

export const READER_RULE_IDS = [1101, 1102] as const;

/** Minimal shape of a declarativeNetRequest rule, as these rules use it. */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    isUrlFilterCaseSensitive: boolean;
    resourceTypes: ['main_frame'];
    requestMethods: ['get'];
    excludedInitiatorDomains: string[];
    responseHeaders: Array<{ header: string; values: string[] }>;
    excludedResponseHeaders: Array<{ header: string; values: string[] }>;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UN_HOSTS = `(?:[^/?#@]+\\.)?(?:${UN_SITE_DOMAINS.map(escape).join('|')})(?::[0-9]+)?`;
/** Any address on a UN site (RE2 syntax, whole URL: the substitution takes all of it). */
export const UN_URL_REGEX = `^https?://${UN_HOSTS}/.*$`;
/** An address on a UN site whose path ends in .pdf. */
export const UN_PDF_PATH_REGEX = `^https?://${UN_HOSTS}/[^?#]*\\.[pP][dD][fF](?:\\?.*)?$`;

/** `readerUrl` is the reader page's full address; the PDF's address follows it after "#". */
export function readerRedirectRules(readerUrl: string, extensionId: string): RedirectRule[] {
  const common = {
    isUrlFilterCaseSensitive: false,
    resourceTypes: ['main_frame'] as ['main_frame'],
    requestMethods: ['get'] as ['get'],
    // The reader's own "Original" link must reach the PDF itself.
    excludedInitiatorDomains: [extensionId],
    excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }],
  };
  const action = { type: 'redirect' as const, redirect: { regexSubstitution: `${readerUrl}#\\0` } };
  return [
    {
      id: READER_RULE_IDS[0],
      priority: 1,
      action,
      condition: { ...common, regexFilter: UN_URL_REGEX, responseHeaders: [{ header: 'content-type', values: ['application/pdf*'] }] },
    },
    {
      // Some servers label PDFs as generic binary data; then the .pdf ending decides.
      id: READER_RULE_IDS[1],
      priority: 1,
      action,
      condition: {
        ...common,
        regexFilter: UN_PDF_PATH_REGEX,
        responseHeaders: [{ header: 'content-type', values: ['application/octet-stream*', 'binary/octet-stream*'] }],
      },
    },
  ];
}

/** Chrome's major version from a user agent string, or null for other browsers. */
export function chromeMajorVersion(userAgent: string): number | null {
  const match = /Chrom(?:e|ium)\/(\d+)/.exec(userAgent);
  return match ? Number(match[1]) : null;
}

/** Whether this browser can redirect UN PDFs safely (see the note at the top). */
export function canRedirectPdfs(isFirefox: boolean, userAgent: string): boolean {
  if (isFirefox) return true;
  const major = chromeMajorVersion(userAgent);
  return major !== null && major >= 128;
}

export interface NavigationResponse {
  url: string;
  method: string;
  type: string;
  /** Where the navigation came from (Firefox's originUrl). */
  originUrl?: string;
  responseHeaders?: Array<{ name: string; value?: string }>;
}

function header(response: NavigationResponse, name: string): string {
  return response.responseHeaders?.find((h) => h.name.toLowerCase() === name)?.value ?? '';
}

/** Firefox: whether this response should open in the reader; `ownBase` is the extension's base URL. */
export function shouldOpenInReader(response: NavigationResponse, ownBase: string): boolean {
  if (response.method.toUpperCase() !== 'GET' || response.type !== 'main_frame') return false;
  if (response.originUrl?.startsWith(ownBase)) return false;
  if (!new RegExp(UN_URL_REGEX, 'i').test(response.url)) return false;
  if (/^\s*attachment/i.test(header(response, 'content-disposition'))) return false;
  const type = header(response, 'content-type').toLowerCase().split(';', 1)[0]!.trim();
  if (type === 'application/pdf') return true;
  return (type === 'application/octet-stream' || type === 'binary/octet-stream') && new RegExp(UN_PDF_PATH_REGEX, 'i').test(response.url);
}
