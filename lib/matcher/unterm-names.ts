import type { DataLanguage } from '@/lib/data/schema';
import type { StateNameRow } from '@/lib/data/state-names';
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
 *
 * Former UN names (lib/data/former-state-names.json) come in either shape ("Swaziland (le)",
 * "le Cap-Vert") and are searched in all the forms either rule gives.
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

function namesOf(row: StateNameRow): string[] {
  if (!row.former) return row.kind === 'short' ? shortNameForms(row.name, row.lang) : formalNameForms(row.name, row.lang);
  return shortNameForms(row.name, row.lang).flatMap((form) => formalNameForms(form, row.lang));
}

/** Every form of every name of the table (current UNTERM names, then former names; see steps.ts). */
export function* untermNamesSteps(rows: readonly StateNameRow[]): Steps<StateName[]> {
  const out: StateName[] = [];
  for (const [i, row] of rows.entries()) {
    if (i % 192 === 191) yield;
    for (const name of namesOf(row)) out.push({ name, iso2: row.iso2, lang: row.lang });
  }
  return out;
}
