import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { i18nFor, I18nProvider } from '@/components/I18nContext';
import { ExtraSitesSettings } from './ExtraSitesSettings';

const host = document.createElement('div');
document.body.appendChild(host);
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
let granted: string[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = ['*://*.un.org/*', '*://*.ohchr.org/*'];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    granted = granted.filter((o) => !origins.includes(o));
    return true;
  });
});
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
});

async function mount() {
  await act(() =>
    render(
      <I18nProvider value={i18nFor('en')}>
        <ExtraSitesSettings />
      </I18nProvider>,
      host,
    ),
  );
  await flush();
}

async function submit(value: string) {
  const input = host.querySelector('input')!;
  input.value = value;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => void host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}

describe('ExtraSitesSettings', () => {
  it('requests the one site typed and lists it once granted, without the UN sites', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
      granted.push(...origins);
      return true;
    });
    await mount();
    expect(host.textContent).toContain('No other sites added.');
    await submit('https://www.ishr.ch/en/news');
    expect(request).toHaveBeenCalledWith({ origins: ['*://www.ishr.ch/*'] });
    expect(Array.from(host.querySelectorAll('li')).map((li) => li.querySelector('span')!.textContent)).toEqual(['www.ishr.ch']);
  });

  it('says so when the user refuses, and refuses what is not a site without asking', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await mount();
    await submit('not a site');
    expect(request).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('Enter a site address');
    await submit('example.org');
    expect(host.querySelector('[role="alert"]')!.textContent).toBe('Access to example.org was not allowed.');
  });

  it('removes a site by giving its permission back', async () => {
    granted.push('*://example.org/*');
    await mount();
    const remove = host.querySelector<HTMLButtonElement>('li button')!;
    expect(remove.textContent).toBe('Remove example.org');
    await act(() => remove.click());
    await flush();
    expect(granted).not.toContain('*://example.org/*');
    expect(host.querySelectorAll('li')).toHaveLength(0);
  });
});
