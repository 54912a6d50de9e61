import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageI18nFor, PageI18nProvider } from './page-i18n';
import type { UiLanguage } from '@/lib/i18n';
import { reportRows } from '@/lib/data/report-rows';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { buildPageData } from '@/lib/data/page-data-build';
import { dataLanguageOf } from '@/lib/i18n/languages';
import { StateCard } from './StateCard';
import { getCaseTranslation } from '@/lib/data';
import type { SgReport } from '@/lib/data/schema';

const PAGE_DATA = buildPageData();

const host = document.createElement('div');
afterEach(() => render(null, host));

function show(iso2: string, lang: UiLanguage = 'en') {
  const onOpenPage = vi.fn();
  const onClose = vi.fn();
  const onCopy = vi.fn(async () => true);
  render(
    <PageI18nProvider value={pageI18nFor(lang)}>
      <StateCard model={stateCardModel(iso2, lang, dataLanguageOf(lang), PAGE_DATA)!} onOpenPage={onOpenPage} onCopy={onCopy} onClose={onClose} />
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

describe('StateCard for delegates', () => {
  it('says where and when Germany raised Viasna, with its sources, and that Belarus is the State concerned', () => {
    const { card } = show('DE');
    expect(card.querySelector('.link')!.textContent).toBe('Raised campaign cases at the UN');
    const viasna = card.querySelector('.case-raised')!;
    expect(viasna.querySelector('.case-of')!.textContent).toBe('Case concerning Belarus');
    expect(viasna.querySelector('.raised')!.textContent).toBe('Raised it at HRC51 (29 September 2022) and HRC54 (September 2023).');
    const sources = Array.from(viasna.querySelectorAll<HTMLAnchorElement>('.sources a'));
    expect(sources.map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/ishr\.ch\//)]));
  });

  it('tells a State that never raised a case from one responsible for a case', () => {
    expect(show('TD').card.querySelector('.link')!.textContent).toBe('Not linked to the five campaign cases');
    expect(show('EG').card.querySelector('.link')!.textContent).toBe('State responsible for a campaign case');
  });

  it('copies the case’s statement paragraph and says so', async () => {
    const { card, onCopy } = show('EG');
    card.querySelector<HTMLButtonElement>('button.copy')!.click();
    await vi.waitFor(() => expect(card.querySelector('.copy-status')!.textContent).toContain('Copied: a paragraph in English'));
    expect(onCopy).toHaveBeenCalledWith(expect.objectContaining({ caseId: 'ibrahim-metwally-hegazy', lang: 'en' }));
  });

  it('shows the paragraph to select by hand when the browser refuses to copy', async () => {
    const { card, onCopy } = show('EG');
    onCopy.mockResolvedValueOnce(false);
    card.querySelector<HTMLButtonElement>('button.copy')!.click();
    await vi.waitFor(() => expect(card.querySelector('.statement-text')!.textContent).toMatch(/^We wish to draw attention/));
  });

  it('has one Tab stop for all its actions; the arrow keys move along them, the other way in Arabic', async () => {
    document.body.appendChild(host);
    try {
      for (const [lang, forward] of [['en', 'ArrowRight'], ['ar', 'ArrowLeft']] as const) {
        const { card } = show('DE', lang);
        await new Promise((r) => setTimeout(r, 0));
        const actions = Array.from(card.querySelectorAll<HTMLElement>('[data-roving]'));
        expect(actions.filter((el) => el.tabIndex === 0)).toEqual([actions[0]]);
        expect(actions[0]!.classList.contains('copy')).toBe(true);
        expect(card.querySelector<HTMLButtonElement>('button.close')!.tabIndex).toBe(-1);
        actions[0]!.focus();
        actions[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: forward, bubbles: true }));
        expect(document.activeElement).toBe(actions[1]);
        expect(actions.filter((el) => el.tabIndex === 0)).toEqual([actions[1]]);
        actions[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
        expect(document.activeElement!.classList.contains('mission')).toBe(true);
      }
    } finally {
      host.remove();
    }
  });
});
