import { useEffect, useState } from 'preact/hooks';
import { fetchPdf } from '@/lib/reader/fetch-pdf';
import { problemOfPdfjsError, type LoadProblem } from '@/lib/reader/load-problem';
import type { PdfSource } from '@/lib/reader/pdf-source';
import type { ReaderController } from './reader-controller';

export type LoadPhase =
  | { kind: 'downloading'; percent: number | null }
  | { kind: 'opening' }
  | { kind: 'password'; retry: boolean; answer: (password: string | null) => void }
  | { kind: 'ready'; finalUrl: string }
  | { kind: 'problem'; problem: LoadProblem };

/**
 * Downloads the source once and opens it in the controller; `attempt` starts over (Try again).
 * The PDF's own address, after the UN's redirects, comes back with "ready".
 */
export function useDocumentLoad(source: PdfSource | null, controller: ReaderController | null, attempt: number): LoadPhase {
  const [phase, setPhase] = useState<LoadPhase>({ kind: 'downloading', percent: null });
  useEffect(() => {
    if (!source || !controller) return undefined;
    const abort = new AbortController();
    const set = (next: LoadPhase) => {
      if (!abort.signal.aborted) setPhase(next);
    };
    set({ kind: 'downloading', percent: null });
    void (async () => {
      const fetched = await fetchPdf(source.fetchUrl, {
        signal: abort.signal,
        onProgress: (loaded, total) => set({ kind: 'downloading', percent: total ? Math.min(100, Math.round((loaded / total) * 100)) : null }),
      });
      if (abort.signal.aborted) return;
      if (!fetched.ok) return set({ kind: 'problem', problem: fetched.problem });
      set({ kind: 'opening' });
      try {
        await controller.open(fetched.data, (retry) =>
          new Promise((resolve) => set({ kind: 'password', retry, answer: (password) => {
            if (password !== null) set({ kind: 'opening' });
            resolve(password);
          } })),
        );
        set({ kind: 'ready', finalUrl: fetched.finalUrl });
      } catch (error) {
        set({ kind: 'problem', problem: problemOfPdfjsError(error) });
      }
    })();
    return () => abort.abort();
  }, [source, controller, attempt]);
  return phase;
}
