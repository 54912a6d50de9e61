import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnSiteHost, UN_SITE_DOMAINS, UN_SITE_EXAMPLES, UN_SITE_MATCHES } from '@/lib/un-sites';

describe('UN sites', () => {
  it('recognises UN hosts and their subdomains', () => {
    for (const host of UN_SITE_EXAMPLES) expect(isUnSiteHost(host), host).toBe(true);
    expect(isUnSiteHost('un.org')).toBe(true);
    expect(isUnSiteHost('NEWS.UN.ORG.')).toBe(true);
  });

  it('rejects look-alikes', () => {
    for (const host of ['un.org.example.com', 'notun.org', 'ohchr.org.evil', 'example.com', 'unog.chx']) {
      expect(isUnSiteHost(host), host).toBe(false);
    }
  });

  it('gives one match pattern per domain, covering subdomains', () => {
    expect(UN_SITE_MATCHES).toContain('*://*.un.org/*');
    expect(UN_SITE_MATCHES).toContain('*://*.unog.ch/*');
    expect(UN_SITE_MATCHES).toHaveLength(5);
  });

  it('are all listed in the README', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    for (const domain of UN_SITE_DOMAINS) expect(readme, domain).toContain(`\`${domain}\``);
  });
});
