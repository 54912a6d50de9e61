import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { i18nFor, I18nProvider } from '@/components/I18nContext';
import { loadSettings, updateSettings } from '@/lib/platform/settings-store';
import { SiteMarkingToggle } from './SiteMarkingToggle';

const host = document.createElement('div');
document.body.appendChild(host);
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
});

async function mount(pageHost: string | null) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  if (pageHost) send.mockResolvedValue({ host: pageHost, on: true, marks: 3 });
  else send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  await act(() =>
    render(
      <I18nProvider value={i18nFor('en')}>
        <SiteMarkingToggle />
      </I18nProvider>,
      host,
    ),
  );
  await flush();
  await flush();
  return send;
}

const box = (name: RegExp) =>
  Array.from(host.querySelectorAll('label')).find((l) => name.test(l.textContent ?? ''))?.querySelector('input') as HTMLInputElement;

describe('SiteMarkingToggle', () => {
  it('asks the active tab which site it is on and switches marking off there only', async () => {
    const send = await mount('news.un.org');
    expect(send).toHaveBeenCalledWith(7, { type: 'er:marking-status' });
    const site = box(/news\.un\.org/);
    expect(site.checked).toBe(true);
    site.checked = false;
    await act(() => void site.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect((await loadSettings()).marking).toEqual({ enabled: true, disabledHosts: ['news.un.org'] });
    expect(box(/news\.un\.org/).checked).toBe(false);
  });

  it('switches marking off everywhere, which disables the per-site switch', async () => {
    await mount('www.ohchr.org');
    const all = box(/UN pages/);
    all.checked = false;
    await act(() => void all.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect((await loadSettings()).marking.enabled).toBe(false);
    expect(box(/www\.ohchr\.org/).disabled).toBe(true);
  });

  it('offers only the global switch where no content script answers', async () => {
    await updateSettings({ marking: { enabled: true, disabledHosts: [] } });
    await mount(null);
    expect(host.querySelectorAll('input')).toHaveLength(1);
    expect(host.textContent).toContain('Open a UN page');
  });
});
