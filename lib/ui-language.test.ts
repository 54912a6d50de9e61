import { describe, expect, it } from 'vitest';
import { langTagOf, resolveLetterLanguage, resolveUiLanguage } from './ui-language';

describe('resolveUiLanguage', () => {
  it('follows the browser when the setting is auto', () => {
    expect(resolveUiLanguage('auto', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveUiLanguage('auto', ['de', 'ar'])).toBe('ar');
    expect(resolveUiLanguage('auto', ['de'])).toBe('en');
  });
  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveUiLanguage('fr', ['zh-CN'])).toBe('fr');
  });
});

describe('resolveLetterLanguage', () => {
  it('defaults to the data language of the UI', () => {
    expect(resolveLetterLanguage('auto', 'zh-CN')).toBe('zh');
    expect(resolveLetterLanguage('auto', 'ru')).toBe('ru');
  });
  it('keeps an explicit choice', () => {
    expect(resolveLetterLanguage('fr', 'zh-CN')).toBe('fr');
  });
});

describe('langTagOf', () => {
  it('writes Chinese as zh-CN and leaves the others alone', () => {
    expect(langTagOf('zh')).toBe('zh-CN');
    expect(langTagOf('ar')).toBe('ar');
  });
});
