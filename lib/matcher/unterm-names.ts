import type { DataLanguage, State } from '@/lib/data/schema';
import type { Steps } from './steps';

/**
 * The ways a UNTERM name appears in running text.
 *
 * Short names carry their article in a trailing parenthesis ("Bahamas (the)", "Chine (la)",
 * "Afghanistan (l')"): the name is searched with and without it ("Bahamas", "the Bahamas";
 * "Chine", "la Chine"; "Afghanistan", "l'Afghanistan"). Other parentheses qualify the name
 * ("Bolivia (Plurinational State of)", "Иран (Исламская Республика)"): text says "Bolivia", and
 * the full form is covered by the formal name ("the Plurinational State of Bolivia").
 * Formal names are searched with and without their leading article. Markers the data may
 * carry after a name ("*" for observer States) are dropped.
 */

const ARTICLES: Partial<Record<DataLanguage, readonly string[]>> = {
  en: ['the'],
  fr: ['le', 'la', 'les', "l'", 'l’'],
  es: ['el', 'la', 'los', 'las'],
};

function withArticle(article: string, name: string): string {
  return /['’]$/.test(article) ? article + name : `${article} ${name}`;
}

function clean(name: string): string {
  return name.replace(/\s*\*+\s*$/, '').replace(/\s+/g, ' ').trim();
}

export function shortNameForms(raw: string, lang: DataLanguage): string[] {
  const name = clean(raw);
  if (!name) return [];
  const paren = /^(.*?)\s*[(（]([^)）]*)[)）]$/.exec(name);
  if (!paren) return [name];
  const base = paren[1]!.trim();
  const inner = paren[2]!.trim();
  if (!base) return [name];
  if (ARTICLES[lang]?.includes(inner)) return [base, withArticle(inner, base)];
  // Chinese "刚果（布）" is itself a common written form, so it is kept as well as "刚果".
  return lang === 'zh' ? [base, name] : [base];
}

export function formalNameForms(raw: string, lang: DataLanguage): string[] {
  const name = clean(raw);
  if (!name) return [];
  for (const article of ARTICLES[lang] ?? []) {
    const prefix = /['’]$/.test(article) ? article : article + ' ';
    if (name.startsWith(prefix) && name.length > prefix.length) return [name, name.slice(prefix.length)];
  }
  return [name];
}

export interface StateName {
  name: string;
  iso2: string;
  lang: DataLanguage;
}

export const MATCH_LANGUAGES: readonly DataLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/** Every UNTERM short and formal form of every State, in the six languages (see steps.ts). */
export function* untermNamesSteps(states: readonly State[]): Steps<StateName[]> {
  const out: StateName[] = [];
  for (const [i, state] of states.entries()) {
    if (i % 16 === 15) yield;
    for (const lang of MATCH_LANGUAGES) {
      const forms = [...shortNameForms(state.short[lang], lang), ...formalNameForms(state.formal[lang], lang)];
      for (const name of new Set(forms)) out.push({ name, iso2: state.iso2, lang });
    }
  }
  return out;
}
