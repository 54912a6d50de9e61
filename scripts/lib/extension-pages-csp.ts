import { UN_SITE_DOMAINS } from '../../lib/un-sites';

/**
 * What extension pages may load: their own scripts, styles, images and fonts; no eval, no plugins,
 * no framing, no form posts. (Content scripts run under the page's policy.) The one network use
 * is the PDF reader's: it fetches a document from a UN site, so only those hosts are reachable.
 * 'wasm-unsafe-eval' lets pdf.js compile its WebAssembly decoders (JPEG 2000, JBIG2, ICC colours),
 * and nothing else: eval() stays refused. Written into both manifests by wxt.config.ts; the
 * release check reads it back.
 */
export function extensionPagesCsp(): string {
  const unHosts = UN_SITE_DOMAINS.flatMap((domain) => [`https://${domain}`, `https://*.${domain}`]);
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", ...unHosts].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
