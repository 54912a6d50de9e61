/** The reader page, as WXT names the entry point entrypoints/reader/. */
export const READER_PAGE = 'reader.html';

/**
 * Where pdf.js's worker and data files sit in the package (copied from node_modules/pdfjs-dist
 * at build time by scripts/build/pdfjs-assets.ts, loaded with runtime.getURL). One list for the
 * build and the reader (no '@/' imports here: wxt.config.ts loads this file), so the two cannot drift apart.
 */
export const PDFJS_DIR = 'pdfjs';

export const PDFJS_FILES = {
  /** The worker that parses PDFs. */
  worker: `${PDFJS_DIR}/pdf.worker.min.mjs`,
  /** The worker that draws pages on an OffscreenCanvas, off the page's main thread. */
  renderer: `${PDFJS_DIR}/pdf.renderer.min.mjs`,
  /** Character maps: CJK fonts (Chinese UN documents) need them to map glyphs to text. */
  cmaps: `${PDFJS_DIR}/cmaps/`,
  /** The 14 standard PDF fonts, for documents that do not embed them. */
  standardFonts: `${PDFJS_DIR}/standard_fonts/`,
  /** WebAssembly decoders: JPEG 2000 and JBIG2 images, ICC colour profiles. */
  wasm: `${PDFJS_DIR}/wasm/`,
  /** The CMYK ICC profile for colour conversion. */
  iccs: `${PDFJS_DIR}/iccs/`,
} as const;
