import { expect, it } from 'vitest';
import { OpenPageMessage } from './open-page';

const accepts = (path: string) => OpenPageMessage.safeParse({ type: 'er:open-page', path }).success;

it('lets content scripts open our pages, the reader with a document address among them', () => {
  expect(accepts('popup.html#/case/viasna')).toBe(true);
  expect(accepts('reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47&lang=fr')).toBe(true);
});

it('refuses anything else', () => {
  for (const path of ['https://example.org/', 'reader.html', 'reader.html#https://x', '../reader.html?src=x', 'reader.html?src=a b', 'javascript:alert(1)', 'background.js']) {
    expect(accepts(path), path).toBe(false);
  }
});
