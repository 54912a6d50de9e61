import type { DataLanguage } from '@/lib/data/schema';
import { letterLocale } from '@/lib/drafting/dates';

/**
 * How diplomatic prose is set in each UN language, for the texts the extension writes for users
 * to send or read out: letters to missions and paragraphs for statements.
 */

/**
 * Chinese case texts in the data carry ASCII punctuation and spaces around digits ("出狱,但",
 * "2019 年 2 月"); a letter or a statement sets them as Chinese is written: full-width "，：；（）",
 * no spaces between digits and characters. Commas and colons inside numbers stay.
 */
export function typesetChinese(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/ *([，：；（）]) */g, '$1')
    .replace(/(\d) (?=[\u4E00-\u9FFF])/g, '$1')
    .replace(/([\u4E00-\u9FFF]) (?=\d)/g, '$1');
}

/** "A, B and C" in `lang` ("A、B和C", "A وB"). */
export function listOf(items: readonly string[], lang: DataLanguage): string {
  return new Intl.ListFormat(letterLocale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** French elides "de" before a name that starts with a vowel: "la libération d’Ibrahim …". */
export function elideFrench(text: string, lang: DataLanguage): string {
  return lang === 'fr' ? text.replace(/\bde (?=[AEIOUYÀÂÉÈÊÎÔÛ])/g, 'd’') : text;
}

/** Sentences one after the other, each ending with its full stop. */
export function sentences(items: readonly string[], lang: DataLanguage): string {
  const ended = items.map((s) => (/[.!?。！？؟…]$/.test(s) ? s : `${s}${lang === 'zh' ? '。' : '.'}`));
  return ended.join(lang === 'zh' ? '' : ' ');
}
