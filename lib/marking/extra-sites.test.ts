import { describe, expect, it } from 'vitest';
import { extraSiteOrigins, siteOfPattern, sitePattern } from '@/lib/marking/extra-sites';

describe('extra sites', () => {
  it('turns what the user typed into one host pattern', () => {
    expect(sitePattern('www.ishr.ch')).toBe('*://www.ishr.ch/*');
    expect(sitePattern(' https://WWW.ishr.ch/en/reprisals?x=1 ')).toBe('*://www.ishr.ch/*');
    expect(sitePattern('http://example.org')).toBe('*://example.org/*');
    expect(siteOfPattern('*://www.ishr.ch/*')).toBe('www.ishr.ch');
  });

  it('refuses what is not a site', () => {
    for (const input of ['', 'localhost', 'not a site', '*.example.org', 'file:///etc/passwd', 'http://1.2.3.4/']) {
      expect(sitePattern(input), input).toBeNull();
    }
  });

  it('lists only the sites the user added among granted origins', () => {
    expect(extraSiteOrigins(['*://*.un.org/*', '*://www.ishr.ch/*', '*://*/*', 'http://127.0.0.1/*', '*://a.org/*'])).toEqual([
      '*://a.org/*',
      '*://www.ishr.ch/*',
    ]);
  });
});
