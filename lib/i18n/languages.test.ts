import { describe, expect, it } from 'vitest';
import { pickUiLanguage, translate } from '@/lib/i18n';

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
