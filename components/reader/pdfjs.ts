import * as pdfjsLib from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import { PDFJS_FILES } from '@/lib/reader/package-paths';

export type PdfjsLib = typeof pdfjsLib;
export type PdfjsViewer = typeof import('pdfjs-dist/web/pdf_viewer.mjs');

let loading: Promise<{ lib: PdfjsLib; viewer: PdfjsViewer }> | undefined;

/** A file of the package, as an absolute extension URL (workers and fetches need absolute ones). */
export function packageUrl(path: string): string {
  return browser.runtime.getURL(`/${path}` as '/reader.html');
}

/**
 * pdf.js and its viewer components, set up once. The viewer build reads the library from
 * globalThis.pdfjsLib, so it is imported only after that is set. The workers are the files
 * copied into the package (see scripts/build/pdfjs-assets.ts), never bundled.
 */
export function loadPdfjs(): Promise<{ lib: PdfjsLib; viewer: PdfjsViewer }> {
  loading ??= (async () => {
    (globalThis as { pdfjsLib?: PdfjsLib }).pdfjsLib = pdfjsLib;
    pdfjsLib.GlobalWorkerOptions.workerSrc = packageUrl(PDFJS_FILES.worker);
    // Pages are drawn in a second worker, so a long document never holds up the page's own thread.
    pdfjsLib.GlobalWorkerOptions.rendererSrc = packageUrl(PDFJS_FILES.renderer);
    const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
    return { lib: pdfjsLib, viewer };
  })();
  return loading;
}

/** Options for getDocument: the package's CMaps (Chinese), fonts, WebAssembly and ICC files; no scripts. */
export function documentOptions(): Record<string, unknown> {
  return {
    cMapUrl: packageUrl(PDFJS_FILES.cmaps),
    cMapPacked: true,
    standardFontDataUrl: packageUrl(PDFJS_FILES.standardFonts),
    wasmUrl: packageUrl(PDFJS_FILES.wasm),
    iccUrl: packageUrl(PDFJS_FILES.iccs),
    enableXfa: false,
  };
}
