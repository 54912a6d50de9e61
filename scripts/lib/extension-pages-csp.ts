/**
 * What extension pages may load: their own scripts, styles, images and fonts, nothing else; no
 * eval, no plugins, no framing, no form posts, no network. (Content scripts run under the page's
 * policy.) Written into both manifests by wxt.config.ts; the release check reads it back.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
