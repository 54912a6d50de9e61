import { describe, expect, it } from 'vitest';
import { statementLanguageFor } from './statement-language';

describe('the language of statement paragraphs', () => {
  it('is the chosen one, else the page’s UN language, else the interface’s', () => {
    expect(statementLanguageFor('ru', 'fr', 'en')).toBe('ru');
    expect(statementLanguageFor('page', 'fr-CH', 'en')).toBe('fr');
    expect(statementLanguageFor('page', 'zh-Hans', 'en')).toBe('zh');
    expect(statementLanguageFor('page', 'AR', 'en')).toBe('ar');
    expect(statementLanguageFor('page', 'de', 'es')).toBe('es');
    expect(statementLanguageFor('page', '', 'zh-CN')).toBe('zh');
    expect(statementLanguageFor('page', null, 'ar')).toBe('ar');
  });
});
