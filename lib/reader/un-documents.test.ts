import { describe, expect, it } from 'vitest';
import { isDocumentSymbol, symbolAccessUrl, symbolPageUrl, unDocumentAddress } from './un-documents';

describe('isDocumentSymbol', () => {
  it('accepts UN symbols and refuses other paths', () => {
    for (const s of ['A/HRC/51/47', 'A/HRC/24/29/Corr.1', 'S/RES/2334(2016)', 'E/CN.4/2005/L.10/Add.17', 'CCPR/C/GC/37']) {
      expect(isDocumentSymbol(s), s).toBe(true);
    }
    for (const s of ['', 'A', 'en/search', 'a/hrc/51/47', 'A/HRC/51/47?x', 'A//HRC', 'A/HRC/51/47/<script>', `A/${'1'.repeat(200)}`]) {
      expect(isDocumentSymbol(s), s).toBe(false);
    }
  });
});

describe('unDocumentAddress', () => {
  it('reads the symbol (and the language, when given) of the UN address forms', () => {
    expect(unDocumentAddress('https://undocs.org/A/HRC/51/47')).toEqual({ kind: 'symbol', url: 'https://undocs.org/A/HRC/51/47', symbol: 'A/HRC/51/47', lang: null });
    expect(unDocumentAddress('https://undocs.org/fr/A/HRC/51/47')).toMatchObject({ symbol: 'A/HRC/51/47', lang: 'fr' });
    expect(unDocumentAddress('https://docs.un.org/zh/A/HRC/51/47')).toMatchObject({ symbol: 'A/HRC/51/47', lang: 'zh' });
    expect(unDocumentAddress('https://documents.un.org/api/symbol/access?s=A/HRC/51/47&l=ar&t=pdf')).toMatchObject({ symbol: 'A/HRC/51/47', lang: 'ar' });
    expect(unDocumentAddress('https://daccess-ods.un.org/access.nsf/Get?OpenAgent&DS=A/HRC/51/47&Lang=R')).toMatchObject({ symbol: 'A/HRC/51/47', lang: 'ru' });
    expect(unDocumentAddress('https://undocs.org/A%2FHRC%2F51%2F47')).toMatchObject({ symbol: 'A/HRC/51/47' });
  });

  it('recognises PDF files on UN sites', () => {
    const pdf = 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf';
    expect(unDocumentAddress(pdf)).toEqual({ kind: 'pdf', url: pdf });
    expect(unDocumentAddress('https://www.ohchr.org/sites/default/files/2022-09/A_HRC_51_47.PDF?download=1')).toMatchObject({ kind: 'pdf' });
  });

  it('is null for other sites, other pages and other schemes', () => {
    for (const url of [
      'https://example.org/A/HRC/51/47.pdf',
      'https://un.org.example.com/x.pdf',
      'https://docs.un.org/en/search',
      'https://www.un.org/en/about-us',
      'https://documents.un.org/api/symbol/access?s=not a symbol&l=en',
      'ftp://documents.un.org/x.pdf',
      'not a url',
    ]) {
      expect(unDocumentAddress(url), url).toBeNull();
    }
  });
});

it('builds the access address and the public address of a symbol', () => {
  expect(symbolAccessUrl('A/HRC/51/47', 'zh')).toBe('https://documents.un.org/api/symbol/access?s=A%2FHRC%2F51%2F47&l=zh&t=pdf');
  expect(symbolPageUrl('A/HRC/51/47')).toBe('https://undocs.org/A/HRC/51/47');
});
