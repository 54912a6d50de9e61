import { expect, it } from 'vitest';
import { parseReaderRequest, readerPath } from './reader-address';

it('writes and reads back a request, whatever the address holds', () => {
  const src = 'https://documents.un.org/api/symbol/access?s=A/HRC/51/47&l=en&t=pdf#page=2';
  const path = readerPath({ src, lang: 'ar' });
  expect(path.startsWith('reader.html?src=')).toBe(true);
  const url = new URL(path, 'chrome-extension://id/');
  expect(parseReaderRequest(url.search, url.hash)).toEqual({ src, lang: 'ar' });
});

it('reads the address a redirect puts in the fragment, unchanged', () => {
  const src = 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf?x=1&y=2';
  expect(parseReaderRequest('', `#${src}`)).toEqual({ src });
});

it('drops an unknown language and is null without an address', () => {
  expect(parseReaderRequest('?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47&lang=de', '')).toEqual({ src: 'https://undocs.org/A/HRC/51/47' });
  expect(parseReaderRequest('', '')).toBeNull();
  expect(parseReaderRequest('', '#page=3')).toBeNull();
});
