import { UN_SITE_MATCHES } from '@/lib/un-sites';

/** Id of the content script registered at run time for the sites the user added. */
export const EXTRA_SITES_SCRIPT_ID = 'er-extra-sites';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The match pattern for a site the user typed: "www.ishr.ch", "https://www.ishr.ch/en/…" or
 * "ishr.ch" give "*://www.ishr.ch/*" etc. One host exactly; null for anything else.
 */
export function sitePattern(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  if (!HOST.test(host)) return null;
  return `*://${host}/*`;
}

/** The host a pattern made by sitePattern stands for, to show the user. */
export function siteOfPattern(pattern: string): string {
  return pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

/** Granted origins that are sites the user added (not the UN sites the manifest lists). */
export function extraSiteOrigins(granted: readonly string[]): string[] {
  const builtIn = new Set([...UN_SITE_MATCHES, '*://*/*', '<all_urls>']);
  return [...new Set(granted)].filter((o) => !builtIn.has(o) && /^\*:\/\/[^*/]+\/\*$/.test(o)).sort();
}
