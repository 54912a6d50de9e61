import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Three code paths of pdf.js the reader never takes, cut out so that the package holds no dynamic
 * import() of a computed address and no innerHTML (add-on review flags both): PDF scripts (the
 * QuickJS sandbox: scripting is off), the main-thread "fake worker" (extension pages always have
 * workers) and the JavaScript fallbacks of the WebAssembly decoders (WebAssembly is allowed, and
 * the fallbacks are not shipped). The Fluent localisation's innerHTML (the reader gives pdf.js its
 * own localisation) becomes textContent. Each patch must match exactly once, so an update of
 * pdf.js that moves the code fails the build instead of shipping unpatched.
 */
interface Patch {
  /** The end of the module's path. */
  file: string;
  find: RegExp;
  replace: string;
}

const REFUSE = (what: string) => `Promise.reject(new Error(${JSON.stringify(`${what} is not used by the EndReprisals reader`)}))`;

const BUNDLED: Patch[] = [
  {
    file: 'pdfjs-dist/web/pdf_viewer.mjs',
    find: /import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*sandboxBundleSrc\)/,
    replace: REFUSE('the PDF scripting sandbox'),
  },
  {
    file: 'pdfjs-dist/web/pdf_viewer.mjs',
    find: /templateElement\.innerHTML = value;/,
    replace: 'templateElement.textContent = value;',
  },
  {
    file: 'pdfjs-dist/build/pdf.mjs',
    find: /await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\)/,
    replace: `await ${REFUSE('the main-thread PDF worker')}`,
  },
];

const WORKER: Patch = {
  file: 'pdfjs-dist/build/pdf.worker.min.mjs',
  find: /await\(import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*`\$\{WasmImage\.#\w+\}\$\{this\._noWasmFilename\}`\)\)/,
  replace: `await ${REFUSE('the JavaScript fallback of a WebAssembly decoder')}`,
};

function apply(code: string, patch: Patch): string {
  const global = new RegExp(patch.find.source, 'g');
  const count = [...code.matchAll(global)].length;
  if (count !== 1) throw new Error(`pdf.js patch for ${patch.file} matched ${count} times, not once: ${patch.find}`);
  return code.replace(patch.find, patch.replace);
}

/** Vite plugin: applies the patches to the pdf.js modules bundled into the reader. */
export function pdfjsPatches() {
  return {
    name: 'endreprisals-pdfjs-patches',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const patches = BUNDLED.filter((p) => id.split('?')[0]!.endsWith(p.file));
      return patches.length > 0 ? patches.reduce(apply, code) : null;
    },
  };
}

/** The PDF worker, patched, as text for the package. */
export function patchedWorkerSource(): string {
  return apply(readFileSync(resolve(import.meta.dirname, '../../node_modules', WORKER.file), 'utf8'), WORKER);
}
