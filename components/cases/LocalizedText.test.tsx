import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nFor, I18nProvider } from '@/components/I18nContext';
import { getCase, getCaseTranslation } from '@/lib/data';
import { caseSummary, type CaseText } from '@/lib/data/case-text';
import type { CampaignText } from '@/lib/data/schema';
import type { UiLanguage } from '@/lib/i18n';
import { caseHasFallback } from '@/lib/data/case-fallback';
import { LocalizedText } from './LocalizedText';
import { LocalizedCaseText } from './LocalizedCaseText';

const host = document.createElement('div');
afterEach(() => render(null, host));

function renderIn(lang: UiLanguage, text: CampaignText): HTMLElement {
  render(
    <I18nProvider value={i18nFor(lang)}>
      <LocalizedText as="p" text={text} />
    </I18nProvider>,
    host,
  );
  return host.querySelector('p')!;
}

describe('LocalizedText', () => {
  const text: CampaignText = { en: 'In English', zh: '中文文本', fr: 'En français' };

  it('shows the UI language, marked as such', () => {
    const p = renderIn('zh-CN', text);
    expect(p.textContent).toBe('中文文本');
    expect(p.getAttribute('lang')).toBe('zh-CN');
    expect(p.hasAttribute('dir')).toBe(false);
    expect(renderIn('fr', text).textContent).toBe('En français');
  });

  it('falls back to English marked lang="en" and left-to-right', () => {
    const p = renderIn('ar', text);
    expect(p.textContent).toBe('In English');
    expect(p.getAttribute('lang')).toBe('en');
    expect(p.getAttribute('dir')).toBe('ltr');
  });
});

describe('LocalizedCaseText', () => {
  function show(lang: UiLanguage, value: CaseText): HTMLElement {
    render(
      <I18nProvider value={i18nFor(lang)}>
        <LocalizedCaseText as="p" value={value} />
      </I18nProvider>,
      host,
    );
    return host.querySelector('p')!;
  }

  it('marks our translation with its language, and English in its place as English, left to right', () => {
    const viasna = getCase('viasna')!;
    const ar = show('ar', caseSummary(viasna, 'ar'));
    expect(ar.textContent).toBe(getCaseTranslation('viasna')!.summary.ar);
    expect(ar.getAttribute('lang')).toBe('ar');
    expect(ar.hasAttribute('dir')).toBe(false);
    const en = show('ar', { text: 'In English', lang: 'en', translation: false });
    expect(en.getAttribute('lang')).toBe('en');
    expect(en.getAttribute('dir')).toBe('ltr');
    const zh = show('zh-CN', caseSummary(viasna, 'zh'));
    expect(zh.textContent).toBe(viasna.summary.zh);
    expect(zh.getAttribute('lang')).toBe('zh-CN');
    expect(zh.getAttribute('dir') ?? '').toBe('');
  });
});

describe('caseHasFallback', () => {
  // Gives every text of a case a French version, then takes one away.
  function translateAll(value: unknown): void {
    if (Array.isArray(value)) value.forEach(translateAll);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string' && typeof record.zh === 'string') record.fr = `fr: ${record.en}`;
      else Object.values(record).forEach(translateAll);
    }
  }

  it('is false when every text exists in the language and true when one is missing', () => {
    const viasna = structuredClone(getCase('viasna')!);
    expect(caseHasFallback(viasna, 'zh')).toBe(false);
    translateAll(viasna);
    expect(caseHasFallback(viasna, 'fr')).toBe(false);
    delete viasna.updates.at(-1)!.text.fr;
    expect(caseHasFallback(viasna, 'fr')).toBe(true);
    expect(caseHasFallback(viasna, 'ru')).toBe(true);
  });

  it('counts our current translations of title, summary and demands as present', () => {
    const viasna = structuredClone(getCase('viasna')!);
    translateAll(viasna);
    for (const text of [viasna.title, viasna.summary, viasna.background[0]!, ...viasna.demands]) delete text.fr;
    expect(caseHasFallback(viasna, 'fr')).toBe(false);
    viasna.demands[0]!.en = 'A changed demand.';
    expect(caseHasFallback(viasna, 'fr')).toBe(true);
  });
});
