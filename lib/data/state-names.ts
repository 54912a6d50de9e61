import type { DataLanguage } from './schema';

/**
 * The State names the matcher searches, in a compact table (state-names.generated.json) that
 * `npm run generate:states` writes next to states.generated.json. It holds only names: no
 * schema, no M49 codes, no observer flags, so a content script that marks names on pages need
 * not carry the whole data pack and its validator.
 *
 * - `current`: one line per State, "ISO2", then for each of `languages` its UNTERM short name
 *   and its formal name, tab-separated; a formal name equal to the short name is left empty.
 * - `former`: one line per former UN name (lib/data/former-state-names.json): "ISO2", language,
 *   "short" or "formal", the name.
 *
 * Names are UNTERM's own strings (with "(the)", "(la)"… articles); the matcher derives the forms
 * text uses from them.
 */
export interface StateNamesTable {
  readonly comment: string;
  readonly languages: readonly DataLanguage[];
  readonly current: readonly string[];
  readonly former: readonly string[];
}

export type NameKind = 'short' | 'formal';

export interface StateNameRow {
  iso2: string;
  lang: DataLanguage;
  kind: NameKind;
  name: string;
  /** A name the UN used before a renaming (marked as today's State). */
  former: boolean;
}

export const STATE_NAME_LANGUAGES: readonly DataLanguage[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

const SEP = '\t';

export interface CurrentNames {
  iso2: string;
  short: Record<DataLanguage, string>;
  formal: Record<DataLanguage, string>;
}

export interface FormerName {
  iso2: string;
  lang: DataLanguage;
  kind: NameKind;
  name: string;
}

function checkField(value: string, what: string): string {
  if (value.includes(SEP) || value.includes('\n')) throw new Error(`${what} contains a tab or a line break: ${JSON.stringify(value)}`);
  return value;
}

export function encodeStateNames(current: readonly CurrentNames[], former: readonly FormerName[], comment: string): StateNamesTable {
  return {
    comment,
    languages: STATE_NAME_LANGUAGES,
    current: current.map((s) =>
      [
        s.iso2,
        ...STATE_NAME_LANGUAGES.flatMap((lang) => {
          const short = checkField(s.short[lang], `${s.iso2} ${lang} short name`);
          const formal = checkField(s.formal[lang], `${s.iso2} ${lang} formal name`);
          return [short, formal === short ? '' : formal];
        }),
      ].join(SEP),
    ),
    former: former.map((f) => [f.iso2, f.lang, f.kind, checkField(f.name, `${f.iso2} ${f.lang} former name`)].join(SEP)),
  };
}

/** Every name of the table, current names first, in table order. */
export function decodeStateNames(table: StateNamesTable): StateNameRow[] {
  const rows: StateNameRow[] = [];
  for (const line of table.current) {
    const [iso2, ...fields] = line.split(SEP);
    table.languages.forEach((lang, i) => {
      const short = fields[2 * i] ?? '';
      const formal = fields[2 * i + 1] || short;
      rows.push({ iso2: iso2!, lang, kind: 'short', name: short, former: false });
      rows.push({ iso2: iso2!, lang, kind: 'formal', name: formal, former: false });
    });
  }
  for (const line of table.former) {
    const [iso2, lang, kind, name] = line.split(SEP);
    rows.push({ iso2: iso2!, lang: lang as DataLanguage, kind: kind as NameKind, name: name!, former: true });
  }
  return rows;
}

/**
 * UNTERM short names carry the article a name takes in running text as a trailing
 * parenthesis: "Bahamas (the)", "Afghanistan (l')", "Afganistán (el)". Only bare articles are
 * dropped; parentheses that are part of the name stay: "Venezuela (Bolivarian Republic of)",
 * "Netherlands (Kingdom of the)". Russian, Chinese and Arabic names carry no article.
 */
const TRAILING_ARTICLE: Partial<Record<DataLanguage, RegExp>> = {
  en: /\s*\(the\)$/,
  fr: /\s*\((?:le|la|les|l['’])\)$/,
  es: /\s*\((?:el|la|los|las)\)$/,
};

/** A UNTERM short name as it is shown: without its parenthesised article. */
export function shortNameForDisplay(name: string, lang: DataLanguage): string {
  const article = TRAILING_ARTICLE[lang];
  return article ? name.replace(article, '') : name;
}

/**
 * A short name as running text writes it: without a trailing qualifier in parentheses
 * ("Venezuela", not "Venezuela (Bolivarian Republic of)"), so that a name in parentheses never nests.
 */
export function nameWithoutQualifier(name: string): string {
  return name.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
}
