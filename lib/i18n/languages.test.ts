import { describe, expect, it } from 'vitest';
import { directionOf, isUiLanguage, pickUiLanguage, translate, uiLanguageOfData } from '@/lib/i18n';
import { DATA_LANGUAGES } from '@/lib/data/schema';

describe('pickUiLanguage', () => {
  it('maps any Chinese tag to zh-CN', () => {
    expect(pickUiLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickUiLanguage(['zh'])).toBe('zh-CN');
  });
  it('takes the first supported preference', () => {
    expect(pickUiLanguage(['de-DE', 'ar-EG', 'en'])).toBe('ar');
  });
  it('falls back to English', () => {
    expect(pickUiLanguage(['de', 'ja'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
});

describe('translate', () => {
  it('returns the string of the language asked for', () => {
    expect(translate('zh-CN', 'close')).toBe('关闭');
    expect(translate('ar', 'close')).toBe('إغلاق');
  });
});

describe('directionOf', () => {
  it('reads Arabic right to left, as interface and as data language', () => {
    expect(directionOf('ar')).toBe('rtl');
  });
  it('reads the five other languages left to right', () => {
    for (const lang of ['en', 'zh-CN', 'zh', 'fr', 'es', 'ru'] as const) expect(directionOf(lang)).toBe('ltr');
  });
});

describe('uiLanguageOfData', () => {
  it('names every data language in an interface language', () => {
    expect(DATA_LANGUAGES.map(uiLanguageOfData)).toEqual(['en', 'zh-CN', 'fr', 'es', 'ru', 'ar']);
    for (const lang of DATA_LANGUAGES) expect(isUiLanguage(uiLanguageOfData(lang))).toBe(true);
  });
});
