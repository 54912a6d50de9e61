import { describe, expect, it } from 'vitest';
import { MESSAGES, PopupActionPath } from './messages';

describe('PopupActionPath', () => {
  it('accepts the popup’s case and letter pages as the router writes them, nothing else', () => {
    for (const path of ['popup.html#/case/viasna', 'popup.html#/letter?state=EG', 'popup.html#/letter?state=FR&cases=viasna,burundi-lawyers', 'popup.html#/letter']) {
      expect(PopupActionPath.safeParse(path).success, path).toBe(true);
    }
    for (const path of [
      'popup.html#/',
      'popup.html#/missions?q=x',
      'popup.html#/post/all',
      'options.html',
      'dashboard.html#/case/viasna',
      'popup.html#/case/viasna/../../x',
      'popup.html#/case/VIASNA',
      'popup.html#/letter?state=eg',
      'popup.html#/letter?state=EG&evil=1',
      'https://evil.example/popup.html#/case/viasna',
      'javascript:alert(1)//popup.html#/case/viasna',
      `popup.html#/case/${'a'.repeat(600)}`,
    ]) {
      expect(PopupActionPath.safeParse(path).success, path).toBe(false);
    }
  });
});

describe('er:open-page paths', () => {
  const accepts = (path: string) => MESSAGES['er:open-page'].request.safeParse({ path }).success;

  it('lets content scripts open a case, a letter, or the reader on a UN document', () => {
    expect(accepts('popup.html#/case/viasna')).toBe(true);
    expect(accepts('reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47&lang=fr')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const path of [
      'https://example.org/',
      'reader.html',
      'reader.html#https://undocs.org/A/HRC/51/47',
      '../reader.html?src=x',
      'reader.html?src=https%3A%2F%2Fexample.org%2Fa.pdf',
      'reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47&lang=xx',
      'options.html',
      'javascript:alert(1)',
      'background.js',
    ]) {
      expect(accepts(path), path).toBe(false);
    }
  });
});
