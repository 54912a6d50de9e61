import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nFor, I18nProvider } from '@/components/I18nContext';
import { getCase } from '@/lib/data';
import type { CampaignText } from '@/lib/data/schema';
import type { UiLanguage } from '@/lib/i18n';
import { caseHasFallback } from './fallback';
import { LocalizedText } from './LocalizedText';

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

  it('shows the UI language without marking it', () => {
    const p = renderIn('zh-CN', text);
    expect(p.textContent).toBe('中文文本');
    expect(p.hasAttribute('lang')).toBe(false);
    expect(renderIn('fr', text).textContent).toBe('En français');
  });

  it('falls back to English marked lang="en" and left-to-right', () => {
    const p = renderIn('ar', text);
    expect(p.textContent).toBe('In English');
    expect(p.getAttribute('lang')).toBe('en');
    expect(p.getAttribute('dir')).toBe('ltr');
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
});
