import { describe, expect, it } from 'vitest';
import { canRedirectPdfs, readerRedirectRules, shouldOpenInReader, UN_PDF_PATH_REGEX, UN_URL_REGEX } from './redirect-rules';

const pdf = 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf';

describe('the address filters', () => {
  it('take whole UN addresses and nothing else', () => {
    const un = new RegExp(UN_URL_REGEX, 'i');
    for (const url of [pdf, 'https://undocs.org/A/HRC/51/47', 'http://www.ohchr.org:8080/x', 'https://un.org/x']) expect(un.test(url), url).toBe(true);
    for (const url of ['https://example.org/x.pdf', 'https://un.org.example.com/x.pdf', 'https://evil.com/?u=https://un.org/', 'https://user@un.org.evil.com/']) {
      expect(un.test(url), url).toBe(false);
    }
  });

  it('take .pdf paths, with or without a query, on UN sites only', () => {
    const path = new RegExp(UN_PDF_PATH_REGEX);
    expect(path.test(pdf)).toBe(true);
    expect(path.test('https://www.ohchr.org/Documents/A_HRC_51_47.PDF?a=1')).toBe(true);
    expect(path.test('https://www.ohchr.org/en/x?file=a.pdf')).toBe(false);
    expect(path.test('https://example.org/a.pdf')).toBe(false);
  });
});

describe('readerRedirectRules (Chrome)', () => {
  const rules = readerRedirectRules('chrome-extension://abc/reader.html', 'abc');

  it('redirect only GET navigations of the top frame, never downloads or the reader’s own links', () => {
    for (const rule of rules) {
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
      expect(rule.condition.requestMethods).toEqual(['get']);
      expect(rule.condition.excludedInitiatorDomains).toEqual(['abc']);
      expect(rule.condition.excludedResponseHeaders).toEqual([{ header: 'content-disposition', values: ['attachment*'] }]);
      expect(rule.action.redirect.regexSubstitution).toBe('chrome-extension://abc/reader.html#\\0');
    }
    expect(rules.map((r) => r.condition.responseHeaders[0]!.values[0])).toEqual(['application/pdf*', 'application/octet-stream*']);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe('shouldOpenInReader (Firefox)', () => {
  const base = 'moz-extension://uuid/';
  const response = (over: Partial<Parameters<typeof shouldOpenInReader>[0]> = {}) => ({
    url: pdf,
    method: 'GET',
    type: 'main_frame',
    responseHeaders: [{ name: 'Content-Type', value: 'application/pdf' }],
    ...over,
  });

  it('opens a PDF from a UN site in the reader', () => {
    expect(shouldOpenInReader(response(), base)).toBe(true);
    expect(shouldOpenInReader(response({ responseHeaders: [{ name: 'content-type', value: 'application/octet-stream' }] }), base)).toBe(true);
  });

  it('leaves alone POSTs, frames, downloads, other types, other sites and the reader’s own links', () => {
    expect(shouldOpenInReader(response({ method: 'POST' }), base)).toBe(false);
    expect(shouldOpenInReader(response({ type: 'sub_frame' }), base)).toBe(false);
    expect(shouldOpenInReader(response({ responseHeaders: [{ name: 'Content-Type', value: 'application/pdf' }, { name: 'Content-Disposition', value: 'attachment; filename="a.pdf"' }] }), base)).toBe(false);
    expect(shouldOpenInReader(response({ responseHeaders: [{ name: 'Content-Type', value: 'text/html' }] }), base)).toBe(false);
    expect(shouldOpenInReader(response({ url: 'https://example.org/a.pdf' }), base)).toBe(false);
    expect(shouldOpenInReader(response({ originUrl: `${base}reader.html?src=x` }), base)).toBe(false);
    expect(shouldOpenInReader(response({ url: 'https://undocs.org/x', responseHeaders: [{ name: 'content-type', value: 'application/octet-stream' }] }), base)).toBe(false);
  });
});

it('redirects only where response headers can be checked: Firefox, Chrome 128 and later', () => {
  expect(canRedirectPdfs(true, 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(true);
  expect(canRedirectPdfs(false, 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe(true);
  expect(canRedirectPdfs(false, 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36')).toBe(false);
  expect(canRedirectPdfs(false, 'Something else')).toBe(false);
});
