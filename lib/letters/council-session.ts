import { fillTemplate } from '@/lib/drafting/fill-template';
import { arabicOrdinalFeminine, chineseNumber, ordinalEn } from './numerals';
import type { LetterTemplate } from './templates';

function numberValues(n: number): Record<string, string> {
  return { number: String(n), ordinal: ordinalEn(n), zhNumber: chineseNumber(n), arOrdinal: arabicOrdinalFeminine(n) };
}

/**
 * A session named in the letter's language from its code: "HRC54" → "the 54th session of the
 * Human Rights Council", "GA79-C3" → "the Third Committee of the General Assembly at its 79th
 * session". `item` is the form used in a list (Russian nominative); otherwise the form used in
 * a sentence (Russian genitive).
 */
export function sessionName(code: string, t: LetterTemplate, form: 'sentence' | 'item'): string {
  const hrc = /^HRC(\d+)$/.exec(code);
  if (hrc) return fillTemplate(form === 'item' ? t.hrcSessionItem : t.hrcSession, numberValues(Number(hrc[1])));
  const ga = /^GA(\d+)-C3$/.exec(code);
  if (ga) return fillTemplate(t.gaC3SessionItem, numberValues(Number(ga[1])));
  throw new Error(`Unknown session code: ${code}`);
}
