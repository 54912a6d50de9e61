import { isolateLatinRuns } from '@/lib/bidi-runs';

const RTL_START = /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Arabic text whose line starts with Latin script or digits ("1. Ibrahim…", "#EndReprisals") is
 * laid out left to right by mail programs; a right-to-left mark first keeps each line RTL.
 */
export function rtlSafe(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() && !RTL_START.test(line) && !line.startsWith('\u200F') ? `\u200F${line}` : line))
    .join('\n');
}

/**
 * Arabic text as plain text for a mail or a post: Latin-script names (those no source spells in
 * Arabic) isolated, so that in "Valiantsin Stefanovich وMarfa Rabkova" or a list of names the
 * names keep their places right to left; hashtags left whole; each line right to left.
 */
export function rtlLines(text: string): string {
  return rtlSafe(isolateLatinRuns(text).replace(/#\u2068([^\u2069]*)\u2069/g, '#$1'));
}
