import { expect, it } from 'vitest';
import { fetchPdf } from './fetch-pdf';

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF');

function stub(response: Response | Error, finalUrl?: string): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    if (finalUrl) Object.defineProperty(response, 'url', { value: finalUrl });
    return response;
  };
}

it('returns the bytes and the address the redirects ended at, reporting progress', async () => {
  const progress: Array<[number, number | null]> = [];
  const result = await fetchPdf('https://documents.un.org/api/symbol/access?s=A/HRC/51/47&l=en&t=pdf', {
    fetchFn: stub(new Response(pdfBytes, { headers: { 'content-length': String(pdfBytes.length) } }), 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf'),
    onProgress: (loaded, total) => progress.push([loaded, total]),
  });
  expect(result).toEqual({ ok: true, data: pdfBytes, finalUrl: 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf' });
  expect(progress.at(-1)).toEqual([pdfBytes.length, pdfBytes.length]);
});

it('names network failures, error statuses and answers that are not PDFs', async () => {
  expect(await fetchPdf('https://undocs.org/x.pdf', { fetchFn: stub(new TypeError('Failed to fetch')) })).toEqual({ ok: false, problem: { kind: 'network' } });
  expect(await fetchPdf('https://undocs.org/x.pdf', { fetchFn: stub(new Response('gone', { status: 404 })) })).toEqual({ ok: false, problem: { kind: 'http', status: 404 } });
  expect(await fetchPdf('https://undocs.org/x.pdf', { fetchFn: stub(new Response('<!doctype html><p>A/HRC/51/47</p>')) })).toEqual({ ok: false, problem: { kind: 'not-pdf' } });
});

it('sends no cookies', async () => {
  let init: RequestInit | undefined;
  await fetchPdf('https://undocs.org/x.pdf', {
    fetchFn: async (_url, i) => {
      init = i;
      return new Response(pdfBytes);
    },
  });
  expect(init?.credentials).toBe('omit');
});
