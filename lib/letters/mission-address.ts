import type { DataLanguage, State } from '@/lib/data/schema';
import { russianGenitive } from './russian-genitive';

/**
 * "of <State>" as each language builds it in a mission's title, from the State's UNTERM formal
 * name. Formal names are what the UN Protocol uses in mission titles ("Permanent Mission of the
 * Arab Republic of Egypt"), and in English, French and Spanish they carry their article, which
 * makes the grammar exact instead of guessed:
 * - en: "the Arab Republic of Egypt" as it stands ("of" is in the template).
 * - fr: "de" with the article contracted: du, des, de la, de l', or d' before a vowel.
 * - es: "de", with "de el" contracted to "del".
 * - ru: the genitive ("Арабской Республики Египет"): see russianGenitive. Where a name is not
 *   covered, "государства" + the name in the nominative, an apposition that needs no declension.
 * - ar: the preposition لـ joined to the name; before the article ال it becomes لل
 *   ("للمملكة العربية السعودية"), as in UN Arabic ("البعثة الدائمة لجمهورية مصر العربية").
 * - zh: the name as it stands; the title follows it ("阿拉伯埃及共和国常驻…代表团").
 */
export function ofState(state: State, lang: DataLanguage): string {
  const name = state.formal[lang].trim();
  switch (lang) {
    case 'en':
    case 'zh':
      return name;
    case 'fr':
      return frenchOf(name);
    case 'es':
      return name.startsWith('el ') ? `del ${name.slice(3)}` : `de ${name}`;
    case 'ru':
      return russianGenitive(name) ?? `государства ${name}`;
    case 'ar':
      return name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`;
  }
}

function frenchOf(name: string): string {
  if (name.startsWith('le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('les ')) return `des ${name.slice(4)}`;
  if (name.startsWith('la ')) return `de ${name}`;
  if (/^l['’]/.test(name)) return `de ${name}`;
  if (/^[aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ]/.test(name)) return `d'${name}`;
  return `de ${name}`;
}
