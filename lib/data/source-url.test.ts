// @vitest-environment node
import { describe, expect, it } from 'vitest';
import campaignJson from './campaign.json';
import figuresJson from './figures.json';
import reportsJson from './reports.json';
import { parsePack } from './parse-pack';
import { Campaign, Source } from './schema';
import { nonPublishingHost, sourceUrlProblem } from './source-url';

const source = (url: string, extra: Record<string, unknown> = {}) => ({
  id: 'a-source',
  url,
  title: 'A page',
  strength: 'primary',
  ...extra,
});

/** The message zod gives for one field of one source, or null when the source is accepted. */
function rejection(url: string, extra: Record<string, unknown> = {}): string | null {
  const result = Source.safeParse(source(url, extra));
  if (result.success) return null;
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('source addresses', () => {
  it('accepts the publisher’s own https page', () => {
    expect(rejection('https://www.ohchr.org/en/press-releases/2017/09/report-highlights-rising-reprisals-against-human-rights-defenders')).toBeNull();
    expect(rejection('https://spring96.org/ru/news/109187')).toBeNull();
    // ".dev" is a public top-level domain; only a "dev" label before it marks a development host.
    expect(nonPublishingHost('defenddefenders.africtivistes.dev')).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', /url: javascript: addresses are not allowed/],
    ['data:text/html,<b>hi</b>', /url: data: addresses are not allowed/],
    ['file:///etc/passwd', /url: file: addresses are not allowed/],
    ['ftp://example.org/file', /url: ftp: addresses are not allowed/],
    ['not a url', /url: "not a url" is not an absolute address/],
  ])('rejects %s, naming the url field', (url, message) => {
    expect(rejection(url)).toMatch(message);
  });

  it.each([
    ['https://web.test.ohchr.un-icc.cloud/en/press-releases/2018/09/x', /un-icc\.cloud/],
    ['https://35063f2c-1af8-46d3-9fe7-3ec1820c48ee.azurewebsites.net/ve/noticias/2024/02/25871', /azurewebsites\.net/],
    ['https://amnesty-frontend.pages.dev/de/mitmachen', /pages\.dev/],
    ['https://staging.example.org/page', /example|staging/],
    ['https://test.amnesty.is/egyptaland', /test host/],
    ['https://preview.mailerlite.com/w1s0f8x0l0/2764035064026109184/p1t2/', /mailerlite/],
    ['https://strangling-rods-355181.appspot.com/article/2023/07/21/sudalenka', /appspot\.com/],
    ['https://localhost:8080/page', /local/],
    ['https://127.0.0.1/page', /numeric/],
    ['https://news.internal/page', /test or local-network domain/],
  ])('rejects the non-publishing host of %s', (url, message) => {
    const problem = rejection(url);
    expect(problem).toMatch(/^url: /);
    expect(problem).toMatch(message);
  });

  it('takes plain http only for a page marked plainHttp, and never plainHttp on https', () => {
    expect(rejection('http://wunrn.org/news/2015/intimidation.htm')).toMatch(/^url: plain http address/);
    expect(rejection('http://wunrn.org/news/2015/intimidation.htm', { plainHttp: true })).toBeNull();
    expect(rejection('https://wunrn.org/news/2015/intimidation.htm', { plainHttp: true })).toMatch(/^url: plainHttp is set but the address is https/);
    expect(sourceUrlProblem('http://web.test.ohchr.un-icc.cloud/x', true)).toMatch(/un-icc\.cloud/);
  });

  it('names the file, the case and the field when a pack holds a staging address', () => {
    const broken = structuredClone(campaignJson) as { cases: Array<{ sources: Array<{ url: string }> }> };
    broken.cases[3]!.sources[1]!.url = 'https://amnesty-frontend.pages.dev/de/mitmachen/briefe-schreiben/urgent-actions/ua-080-23-aegypten';
    expect(() => parsePack('campaign.json', Campaign, broken)).toThrow(/^campaign\.json: cases\.3\.sources\.1\.url: .*pages\.dev/m);
  });

  it('leaves no test, staging or unmarked http address in the shipped pack', () => {
    const urls = JSON.stringify([campaignJson, reportsJson, figuresJson]).match(/"url":"[^"]*"/g) ?? [];
    expect(urls.length).toBeGreaterThan(100);
    for (const entry of urls) {
      const url = JSON.parse(`{${entry}}`).url as string;
      if (url.startsWith('http:')) continue; // checked with its plainHttp mark by the schema
      expect(sourceUrlProblem(url), url).toBeNull();
    }
  });
});
