import { looksLikePdf, type LoadProblem } from './load-problem';

export type FetchedPdf = { ok: true; data: Uint8Array; finalUrl: string } | { ok: false; problem: LoadProblem };

export interface FetchPdfOptions {
  /** Called as bytes arrive: loaded, and the total when the server says it. */
  onProgress?: (loaded: number, total: number | null) => void;
  signal?: AbortSignal;
  fetchFn?: typeof fetch;
}

/**
 * Downloads a PDF, following the UN's redirects, and checks that it is one. This is the only
 * network request the reader makes: the document the user asked to open. No cookies are sent
 * (UN documents are public).
 */
export async function fetchPdf(url: string, options: FetchPdfOptions = {}): Promise<FetchedPdf> {
  const fetchFn = options.fetchFn ?? fetch;
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'omit', redirect: 'follow', signal: options.signal });
  } catch {
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  let data: Uint8Array;
  try {
    data = await readAll(response, options.onProgress);
  } catch {
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!looksLikePdf(data)) return { ok: false, problem: { kind: 'not-pdf' } };
  return { ok: true, data, finalUrl: response.url || url };
}

async function readAll(response: Response, onProgress?: (loaded: number, total: number | null) => void): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.(loaded, total);
  }
  const data = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return data;
}
