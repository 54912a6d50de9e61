import { describe, expect, it } from 'vitest';
import { documentLanguage } from './document-language';

describe('documentLanguage', () => {
  it('takes the PDF’s own /Lang first', () => {
    expect(documentLanguage('en-US', 'https://undocs.org/fr/A/HRC/51/47', 'es')).toBe('en-US');
    expect(documentLanguage(' zh-Hans-CN ', undefined, undefined)).toBe('zh-Hans-CN');
  });

  it('else the language the UN address names, else the one asked for a symbol', () => {
    expect(documentLanguage(null, 'https://undocs.org/fr/A/HRC/51/47', 'es')).toBe('fr');
    expect(documentLanguage('', 'https://undocs.org/A/HRC/51/47', 'ar')).toBe('ar');
    expect(documentLanguage('not a tag!', 'https://documents.un.org/api/symbol/access?s=A/HRC/51/47&l=ru&t=pdf', undefined)).toBe('ru');
  });

  it('says nothing when nothing says: a PDF address, no /Lang', () => {
    expect(documentLanguage(undefined, 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf', 'fr')).toBeUndefined();
    expect(documentLanguage(42, undefined, undefined)).toBeUndefined();
  });
});
