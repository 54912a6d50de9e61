/** A piece of a text: `latin` pieces are runs of Latin-script words to isolate in right-to-left text. */
export interface BidiRun {
  text: string;
  latin: boolean;
}

// A Latin word: a Latin letter, then letters, marks and digits, with inner apostrophes, hyphens
// and dots ("Dieudonné", "O'Brien", "Al-Qassas", "A.B") but no trailing punctuation.
const WORD = String.raw`\p{Script=Latin}[\p{Script=Latin}\p{M}\p{Nd}]*(?:['’.\-][\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{M}\p{Nd}]*)*`;
// A parenthesised group that opens with a Latin letter belongs to the name before it: "(COFAVIC)".
const GROUP = String.raw`\([\p{Script=Latin}][^()\n]*\)`;
const RUN = new RegExp(String.raw`(?:${WORD}|${GROUP})(?:[ \u00A0](?:${WORD}|${GROUP}))*`, 'gu');

/**
 * Splits `text` into Latin-script runs and the rest, so a UI can wrap each run of, say, a person's
 * name inside an Arabic sentence in <bdi>: unisolated, the spaces and punctuation around a Latin
 * name take the wrong direction and words change places. Concatenating the runs gives `text`.
 */
export function bidiRuns(text: string): BidiRun[] {
  const runs: BidiRun[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    if (start > at) runs.push({ text: text.slice(at, start), latin: false });
    runs.push({ text: match[0], latin: true });
    at = start + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), latin: false });
  return runs;
}

/** The same isolation as plain text, with Unicode FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE. */
export function isolateLatinRuns(text: string): string {
  return bidiRuns(text)
    .map((run) => (run.latin ? `\u2068${run.text}\u2069` : run.text))
    .join('');
}
