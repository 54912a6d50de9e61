import type { DataLanguage, State } from './schema';
import raw from './states.generated.json';

/**
 * The 193 UN Member States and the two observer States (VA, PS), sorted by ISO code. The file
 * is generated (scripts/generate-states.ts) and checked against the `State` schema when the
 * extension is built (lib/data/page-data-build.ts) and by the tests, so the content script of
 * every UN page need not carry the schema library to check it again.
 */
export const STATES: readonly State[] = Object.freeze(raw as State[]);

const byIso2 = new Map(STATES.map((s) => [s.iso2, s]));

export function stateByIso2(iso2: string): State | undefined {
  return byIso2.get(iso2.toUpperCase());
}

/**
 * UNTERM short names carry the article a name takes in running text as a trailing
 * parenthesis: "Bahamas (the)", "Afghanistan (l')", "Afganistán (el)". Only bare articles are
 * dropped; parentheses that are part of the name stay: "Venezuela (Bolivarian Republic of)",
 * "Iran (Islamic Republic of)". Russian, Chinese and Arabic names carry no article.
 */
const TRAILING_ARTICLE: Partial<Record<DataLanguage, RegExp>> = {
  en: /\s*\(the\)$/,
  fr: /\s*\((?:le|la|les|l['’])\)$/,
  es: /\s*\((?:el|la|los|las)\)$/,
};

export function stateName(state: State, lang: DataLanguage, form: 'short' | 'formal' = 'short'): string {
  const name = state[form][lang];
  const article = TRAILING_ARTICLE[lang];
  return form === 'short' && article ? name.replace(article, '') : name;
}
