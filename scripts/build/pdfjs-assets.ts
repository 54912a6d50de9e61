import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFJS_DIR } from '../../lib/reader/package-paths';
import { patchedWorkerSource } from './pdfjs-patches';

type PublicFile = { absoluteSrc: string; relativeDest: string } | { contents: string; relativeDest: string };

const PDFJS = resolve(import.meta.dirname, '../../node_modules/pdfjs-dist');

/** Files of `dir` (relative to pdfjs-dist) whose names pass `keep`, copied to pdfjs/<dir>/. */
function folder(dir: string, keep: (name: string) => boolean = () => true): Array<{ absoluteSrc: string; relativeDest: string }> {
  return readdirSync(join(PDFJS, dir))
    .filter(keep)
    .map((name) => ({ absoluteSrc: join(PDFJS, dir, name), relativeDest: `${PDFJS_DIR}/${dir}/${name}` }));
}

/**
 * pdf.js's workers, character maps, standard fonts, WebAssembly decoders and ICC profile, with
 * their licences, copied from node_modules into the package rather than committed. Left out:
 * the JavaScript fallbacks of the WebAssembly decoders (the reader's CSP allows WebAssembly) and
 * the QuickJS sandbox (PDF scripts never run).
 */
export function pdfjsPublicFiles(): PublicFile[] {
  const file = (from: string, to: string) => ({ absoluteSrc: join(PDFJS, from), relativeDest: `${PDFJS_DIR}/${to}` });
  return [
    // Patched: see pdfjs-patches.ts.
    { contents: patchedWorkerSource(), relativeDest: `${PDFJS_DIR}/pdf.worker.min.mjs` },
    file('build/pdf.renderer.min.mjs', 'pdf.renderer.min.mjs'),
    file('LICENSE', 'LICENSE'),
    ...folder('cmaps'),
    ...folder('standard_fonts'),
    ...folder('iccs'),
    ...folder('wasm', (name) => !name.includes('nowasm') && !/quickjs/i.test(name)),
  ];
}
