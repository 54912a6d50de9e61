import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { syncExtraSitesScript } from '@/lib/platform/background/marking-extra-sites';

type Script = { id: string; matches?: string[]; js?: string[]; css?: string[] };
let granted: string[];
let registered: Script[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  granted = ['*://*.un.org/*', '*://*.ohchr.org/*'];
  registered = [];
  const s = fakeBrowser.scripting;
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: ['storage'] }));
  vi.spyOn(s, 'getRegisteredContentScripts').mockImplementation((async (filter?: { ids?: string[] }) =>
    registered.filter((r) => !filter?.ids || filter.ids.includes(r.id))) as never);
  vi.spyOn(s, 'registerContentScripts').mockImplementation((async (scripts: Script[]) => void registered.push(...scripts)) as never);
  vi.spyOn(s, 'updateContentScripts').mockImplementation((async (scripts: Script[]) => {
    for (const u of scripts) registered = registered.map((r) => (r.id === u.id ? { ...r, ...u } : r));
  }) as never);
  vi.spyOn(s, 'unregisterContentScripts').mockImplementation((async (filter: { ids: string[] }) => {
    registered = registered.filter((r) => !filter.ids.includes(r.id));
  }) as never);
});

describe('syncExtraSitesScript', () => {
  it('registers nothing while the user has added no site', async () => {
    expect(await syncExtraSitesScript()).toEqual([]);
    expect(registered).toEqual([]);
  });

  it('registers the content script for exactly the granted extra sites, and follows changes', async () => {
    granted.push('*://www.ishr.ch/*');
    await syncExtraSitesScript();
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ id: 'er-extra-sites', matches: ['*://www.ishr.ch/*'], js: ['content-scripts/un-pages.js'], css: ['content-scripts/un-pages.css'] });

    granted.push('*://example.org/*');
    await syncExtraSitesScript();
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toEqual(['*://example.org/*', '*://www.ishr.ch/*']);

    granted = granted.filter((o) => !o.includes('ishr') && !o.includes('example'));
    await syncExtraSitesScript();
    expect(registered).toEqual([]);
  });
});
