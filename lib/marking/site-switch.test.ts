import { describe, expect, it } from 'vitest';
import { markingOnFor, withSiteMarking } from '@/lib/marking/site-switch';

describe('site switch', () => {
  const on = { enabled: true, disabledHosts: [] as string[] };
  it('is on by default and off when switched off globally', () => {
    expect(markingOnFor(on, 'news.un.org')).toBe(true);
    expect(markingOnFor({ ...on, enabled: false }, 'news.un.org')).toBe(false);
  });
  it('switches one site off and on again, without touching others', () => {
    const off = withSiteMarking({ enabled: true, disabledHosts: ['www.ohchr.org'] }, 'News.UN.org', false);
    expect(off.disabledHosts).toEqual(['www.ohchr.org', 'news.un.org']);
    expect(markingOnFor(off, 'news.un.org')).toBe(false);
    expect(markingOnFor(off, 'www.un.org')).toBe(true);
    const back = withSiteMarking(off, 'news.un.org', true);
    expect(back.disabledHosts).toEqual(['www.ohchr.org']);
    expect(withSiteMarking(off, 'news.un.org', false).disabledHosts).toEqual(['www.ohchr.org', 'news.un.org']);
  });
});
