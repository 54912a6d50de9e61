import { expect, it } from 'vitest';
import { resolvePdfSource } from './pdf-source';

const options = { fallbackLang: 'en' as const };

it('fetches a symbol through the access address, in the language the address names first', () => {
  expect(resolvePdfSource('https://docs.un.org/fr/A/HRC/51/47', 'ru', options)).toEqual({
    original: 'https://docs.un.org/fr/A/HRC/51/47',
    fetchUrl: 'https://documents.un.org/api/symbol/access?s=A%2FHRC%2F51%2F47&l=fr&t=pdf',
    symbol: 'A/HRC/51/47',
  });
  expect(resolvePdfSource('https://undocs.org/A/HRC/51/47', 'ru', options)).toMatchObject({ fetchUrl: expect.stringContaining('&l=ru&') });
  expect(resolvePdfSource('https://undocs.org/A/HRC/51/47', undefined, { fallbackLang: 'zh' })).toMatchObject({ fetchUrl: expect.stringContaining('&l=zh&') });
});

it('fetches a PDF address as it is, over https', () => {
  const pdf = 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf';
  expect(resolvePdfSource(pdf, undefined, options)).toEqual({ original: pdf, fetchUrl: pdf, symbol: null });
  expect(resolvePdfSource(pdf.replace('https:', 'http:'), undefined, options)).toEqual({ original: pdf.replace('https:', 'http:'), fetchUrl: pdf, symbol: null });
});

it('refuses other sites and things that are not web addresses', () => {
  expect(resolvePdfSource('https://example.org/report.pdf', undefined, options)).toEqual({ refused: 'not-a-un-site', original: 'https://example.org/report.pdf' });
  expect(resolvePdfSource('javascript:alert(1)', undefined, options)).toMatchObject({ refused: 'not-an-address' });
  expect(resolvePdfSource('file:///etc/passwd', undefined, options)).toMatchObject({ refused: 'not-an-address' });
  expect(resolvePdfSource('nonsense', undefined, options)).toMatchObject({ refused: 'not-an-address' });
});

it('refuses local addresses: no build reads from a test server', () => {
  for (const local of ['http://127.0.0.1:8080/report.pdf', 'http://localhost/report.pdf', 'https://un.org.localhost/report.pdf']) {
    expect(resolvePdfSource(local, undefined, options)).toMatchObject({ refused: 'not-a-un-site' });
  }
});
