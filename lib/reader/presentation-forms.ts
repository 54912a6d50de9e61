/**
 * PDFs often store Arabic as presentation forms (the contextual glyph shapes, U+FB50–U+FDFF and
 * U+FE70–U+FEFF) and Latin text with ligatures (U+FB00–U+FB06). pdf.js folds only some of them;
 * the State matcher folds each code unit to one code unit, so a ligature such as ﻻ (lam-alef)
 * would lose a letter. Here those characters get their NFKC form, which may be longer than one
 * code unit, and every code unit of the result remembers the code unit it came from.
 * Chinese PDFs often map ideographs to the Kangxi radicals that look the same (U+2F00–U+2FDF:
 * ⽩ for 白, in 白俄罗斯), which NFKC turns back into the ideographs: they are folded here too.
 */

export interface NormalizedText {
  readonly text: string;
  /** For each code unit of `text`, the offset of the code unit of the original it came from; null when nothing changed. */
  readonly toOriginal: Int32Array | null;
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb00 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0x2f00 && c <= 0x2fdf);
}

const RANGES = /[\uFB00-\uFDFF\uFE70-\uFEFF\u2F00-\u2FDF]/;

export function normalizePresentationForms(text: string): NormalizedText {
  if (!RANGES.test(text)) return { text, toOriginal: null };
  const parts: string[] = [];
  const map: number[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPresentationForm(c)) continue;
    const form = String.fromCharCode(c).normalize('NFKC');
    if (form.length === 1 && form.charCodeAt(0) === c) continue;
    // Copy the unchanged run before it, one to one.
    parts.push(text.slice(runStart, i));
    for (let k = runStart; k < i; k++) map.push(k);
    parts.push(form);
    for (let k = 0; k < form.length; k++) map.push(i);
    runStart = i + 1;
  }
  parts.push(text.slice(runStart));
  for (let k = runStart; k < text.length; k++) map.push(k);
  return { text: parts.join(''), toOriginal: Int32Array.from(map) };
}

/**
 * The original range [start, end) for a range of the normalised text. A range that begins or
 * ends inside the expansion of one character covers that whole character.
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const map = normalized.toOriginal;
  if (!map) return [start, end];
  const from = map[start] ?? (map.length > 0 ? map[map.length - 1]! + 1 : 0);
  const to = end > 0 ? map[end - 1]! + 1 : from;
  return [from, to];
}
