import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageI18nFor, PageI18nProvider } from './page-i18n';
import type { UiLanguage } from '@/lib/i18n';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { buildPageData } from '@/lib/data/page-data-build';
import { dataLanguageOf } from '@/lib/i18n/languages';
import { StateCard } from './StateCard';

const PAGE_DATA = buildPageData();

const host = document.createElement('div');
afterEach(() => render(null, host));

function show(iso2: string, lang: UiLanguage = 'en') {
  render(
    <PageI18nProvider value={pageI18nFor(lang)}>
      <StateCard model={stateCardModel(iso2, lang, dataLanguageOf(lang), PAGE_DATA)!} onOpenPage={vi.fn()} onCopy={vi.fn(async () => true)} onClose={vi.fn()} />
    </PageI18nProvider>,
    host,
  );
  return host.querySelector('[role="dialog"]')!;
}

describe('the case line of the State card', () => {
  it('shows where the case stands today, with its date', () => {
    const line = show('BY').querySelector('.status')!;
    expect(line.querySelector('time')!.getAttribute('datetime')).toBe('2025-12-15');
    expect(line.textContent).toMatch(/^As of 15 December 2025: Of the seven Viasna members/);
    expect(line.textContent).toContain('Valiantsin Stefanovich and Marfa Rabkova remain in prison');
  });

  it('never shows a released person as detained: Egypt’s case says he is still detained', () => {
    expect(show('EG').querySelector('.status')!.textContent).toMatch(/Still detained/);
  });

  it('is in the UI language, marked as our translation, with Latin names isolated in Arabic', () => {
    const fr = show('BY', 'fr');
    expect(fr.querySelector('.status')!.getAttribute('lang')).toBe('fr');
    expect(fr.querySelector('.status')!.textContent).toContain('Au 15 décembre 2025 : Sur les sept membres');
    expect(fr.querySelector('.status-note')!.textContent).toBe('Notre traduction : ces textes sont rédigés à partir de sources en anglais.');
    const ar = show('BY', 'ar');
    expect(Array.from(ar.querySelectorAll('.status bdi'), (b) => b.textContent)).toContain('Marfa Rabkova');
  });
});
