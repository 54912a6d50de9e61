import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageI18nFor, PageI18nProvider } from './page-i18n';
import type { UiLanguage } from '@/lib/i18n';
import { reportRows } from '@/lib/data/report-rows';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { dataLanguageOf } from '@/lib/i18n/languages';
import { StateCard } from './StateCard';
import { getCaseTranslation } from '@/lib/data';
import type { SgReport } from '@/lib/data/schema';

const host = document.createElement('div');
afterEach(() => render(null, host));

function show(iso2: string, lang: UiLanguage = 'en') {
  const onOpenPage = vi.fn();
  const onClose = vi.fn();
  const onCopy = vi.fn(async () => true);
  render(
    <PageI18nProvider value={pageI18nFor(lang)}>
      <StateCard model={stateCardModel(iso2, lang, dataLanguageOf(lang))!} onOpenPage={onOpenPage} onCopy={onCopy} onClose={onClose} />
    </PageI18nProvider>,
    host,
  );
  return { onOpenPage, onClose, onCopy, card: host.querySelector('[role="dialog"]')! };
}

describe('StateCard', () => {
  it("shows the State's case and opens it and the letter through our pages", () => {
    const { onOpenPage, card } = show('EG');
    expect(card.querySelector('h2')!.textContent).toBe('Egypt');
    expect(card.textContent).toContain('Ibrahim Metwally Hegazy');
    const buttons = Array.from(card.querySelectorAll('button'));
    buttons.find((b) => b.textContent?.startsWith('Open the case'))!.click();
    expect(onOpenPage).toHaveBeenLastCalledWith('popup.html#/case/ibrahim-metwally-hegazy');
    buttons.find((b) => b.textContent === 'Write to this State’s mission')!.click();
    expect(onOpenPage).toHaveBeenLastCalledWith('popup.html#/letter?state=EG');
  });

  it('links each report that named the State to its symbol on undocs.org', () => {
    const { card } = show('EG');
    const links = Array.from(card.querySelectorAll<HTMLAnchorElement>('a[href^="https://undocs.org/"]'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\/undocs\.org\/A\/HRC\/\d+\/\d+$/);
      expect(a.rel).toContain('noopener');
    }
    expect(card.textContent).toContain('incomplete for most years');
  });

  it('says when no case and no report in our data concerns the State', () => {
    const { card } = show('TD');
    expect(card.textContent).toContain('None of the five #EndReprisals campaign cases concerns this State.');
    expect(card.textContent).toContain('Not named in any report in our data.');
  });

  it('is in the UI language and right to left in Arabic', () => {
    const { card } = show('EG', 'ar');
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.querySelector('h2')!.textContent).toBe('مصر');
  });

  it('shows our translation of the case in French, marked lang="fr", with a note', () => {
    const { card } = show('BY', 'fr');
    const title = card.querySelector('.case-title')!;
    expect(title.textContent).toBe('Centre des droits humains Viasna');
    expect(title.getAttribute('lang')).toBe('fr');
    expect(title.hasAttribute('dir')).toBe(false);
    expect(card.querySelector('.summary')!.getAttribute('lang')).toBe('fr');
    expect(card.querySelector('.summary')!.textContent).toBe(getCaseTranslation('viasna')!.summary.fr);
    expect(card.querySelector('.translation-note')!.textContent).toBe('Notre traduction du texte anglais de la campagne.');
  });

  it('shows the campaign’s own English and Chinese with no translation note', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const { card } = show('BY', lang);
      expect(card.querySelector('.translation-note')).toBeNull();
      expect(card.querySelector('.summary')!.getAttribute('lang')).toBe(lang);
    }
  });

  it('closes from its close button', () => {
    const { onClose, card } = show('CN');
    card.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(onClose).toHaveBeenCalled();
  });
});

describe('card model', () => {
  it('merges two sources on one report into one row, keeping it partial only if both are', () => {
    const base = { session: 'HRC39', symbol: 'A/HRC/39/41', symbolVerified: true, statesNamed: [], sources: [] } as unknown as SgReport;
    const rows = reportRows([
      { ...base, year: 2018, listCompleteness: 'partial' },
      { ...base, year: 2018, listCompleteness: 'complete' },
      { ...base, year: 2012, symbol: null, session: 'HRC21', listCompleteness: 'complete', inferred: 'year inferred from the story' },
    ] as SgReport[]);
    expect(rows.map((r) => [r.year, r.symbol ?? r.session, r.partial, r.inferred])).toEqual([
      [2012, 'HRC21', false, 'year inferred from the story'],
      [2018, 'A/HRC/39/41', false, null],
    ]);
  });
});
