/**
 * Builds lib/data/states.generated.json: the 193 UN Member States plus the two non-member
 * observer States (Holy See, State of Palestine) with their UN Protocol (UNTERM) short and
 * formal names in the six UN languages; and lib/data/state-names.generated.json, the compact
 * name table the State matcher reads (those names plus the former UN names of
 * lib/data/former-state-names.json).
 *
 * Input: datasets/country-codes `data/country-codes.csv` (PDDL), by default the snapshot in
 * tests/fixtures/sources/country-codes.csv (see tests/fixtures/README.md); override with
 * ER_COUNTRY_CODES_CSV=<path>.
 * Run: npm run generate:states   (or: npx tsx scripts/generate-states.ts)
 *
 * Every change the script makes to the CSV's names is listed here, with its source:
 * - NAME_FIXES: Côte d'Ivoire and Türkiye, whose UNTERM columns are empty;
 * - SHORT_NAME_UPDATES: the Netherlands, whose UNTERM columns predate its new UN short name;
 * - NOT_UN_STATES: Cook Islands and Niue, left out;
 * - the observer mark " *" is dropped (and recorded as `observer`);
 * - former names: UNTERM's French gender marks ("[fém.]", "[masc.]") are dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { DATA_LANGUAGES, State, type UnText } from '../lib/data/schema';
import { encodeStateNames, type FormerName, type StateNamesTable } from '../lib/data/state-names';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_CSV = resolve(ROOT, 'tests/fixtures/sources/country-codes.csv');
export const OUTPUT = resolve(ROOT, 'lib/data/states.generated.json');
export const NAMES_OUTPUT = resolve(ROOT, 'lib/data/state-names.generated.json');
export const FORMER_NAMES_INPUT = resolve(ROOT, 'lib/data/former-state-names.json');

const LANG_COLUMNS = { en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', zh: 'Chinese', ar: 'Arabic' } as const;
type Lang = keyof typeof LANG_COLUMNS;

/** UNTERM marks the two non-member observer States with a trailing " *". */
const OBSERVER_MARK = /\s*\*$/;

/**
 * The snapshot leaves every UNTERM column empty for Côte d'Ivoire and Türkiye (a failed join
 * upstream after renamings), so their names are filled here.
 */
const NAME_FIXES: Record<string, { short: UnText; formal: UnText }> = {
  // Côte d'Ivoire: the row of the UN Protocol table (unterm-efsrca.xlsx) as copied into
  // datasets/country-codes data/unterm_names.csv at commit a09b84ab199694aa3db18d7bfc15f632543db672
  // (2024-09-26), all twelve names verbatim (its first column is the English short name).
  // The typographic apostrophes in es/ru are UNTERM's own.
  CI: {
    short: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire (la)", es: 'Côte d’Ivoire', ru: 'Кот-д’Ивуар', zh: '科特迪瓦', ar: 'كوت ديفوار' },
    formal: {
      en: "the Republic of Côte d'Ivoire",
      fr: "la République de Côte d'Ivoire",
      es: 'la República de Côte d’Ivoire',
      ru: 'Республика Кот-д’Ивуар',
      zh: '科特迪瓦共和国',
      ar: 'جمهورية كوت ديفوار',
    },
  },
  // Türkiye: renamed at the UN on 1 June 2022 at Türkiye's request. No copy of the UNTERM table
  // after the renaming could be retrieved, so each name rests on the source named beside it:
  // - en: the UN Secretary-General's spokesperson, 1–2 June 2022 (RIA Novosti, reported at
  //   https://en.newizv.ru/news/2022-06-02/the-un-allowed-turkey-to-change-the-international-name-of-the-country-from-turkey-to-t-rkiye-382535):
  //   "the Republic of Turkey ... was renamed the Republic of Türkiye. The short version ... is Türkiye".
  // - fr, es: Türkiye's letter to the Secretary-General asks for "Türkiye" in place of "Turkey, Turkei
  //   and Turquie" (CNN, quoted at https://archyde.com/not-an-issue-turkeys-change-of-its-official-name-provokes-interaction-and-the-un-spokesperson-comments-to-cnn),
  //   and dpa reports it for French and Spanish documents (machine-translated copy at
  //   https://canewsottawa.ca/turkey-instead-of-turkey-un-fulfills-name-change-request). The French short form with
  //   its article, "Türkiye (la)", is ISO 3166's French short name (ISO OBP, accessed 2023-05-20,
  //   copied in GADMPostProc.data); the UNTERM form was not seen.
  //   UNVERIFIED as UNTERM: no UN source printing the formal names was retrieved. "la République de
  //   Türkiye" / "la República de Türkiye" are the forms Türkiye's Ministry of Foreign Affairs uses
  //   (https://cibuti-emb.mfa.gov.tr/Mission/ShowSpeech/12692: "Ministre des Affaires étrangères de la
  //   République de Türkiye"; https://buenosaires-emb.mfa.gov.tr/Mission/ShowAnnouncement/369086:
  //   "República De Türkiye Ministerio De Asuntos Exteriores"), with UNTERM's lower-case article.
  // - ru, zh, ar: unchanged, as the renaming concerned the Latin-script names (dpa above: "the
  //   Arabic and Russian names remain the same"; Xinhua, 3 June 2022,
  //   https://www.imsilkroad.com/news/p/485238.html, still writes 土耳其). The names are the UNTERM
  //   ones from datasets/country-codes data/unterm_names.csv at commit a09b84ab.
  TR: {
    short: { en: 'Türkiye', fr: 'Türkiye (la)', es: 'Türkiye', ru: 'Турция', zh: '土耳其', ar: 'تركيا' },
    formal: {
      en: 'the Republic of Türkiye',
      fr: 'la République de Türkiye',
      es: 'la República de Türkiye',
      ru: 'Турецкая Республика',
      zh: '土耳其共和国',
      ar: 'جمهورية تركيا',
    },
  },
};

/**
 * The Netherlands: the UN short name is now "Netherlands (Kingdom of the)". The CSV's UNTERM
 * columns still have the older "Netherlands (the)", "Pays-Bas (les)", "Países Bajos (los)",
 * "Нидерланды", "荷兰", "هولندا" (its UNTERM copy predates the change: it also still had "Turkey"
 * in 2025), while its M49 columns (official_name_*, from UNSD) carry the new name, which is taken
 * from there for French, Spanish, Russian, Chinese and Arabic. The formal names ("the Kingdom
 * of the Netherlands"…) did not change and stay as UNTERM has them.
 * - English: the CSV's official_name_en says "Netherlands" because upstream edited it by hand
 *   (datasets/country-codes commit 16582cca, 2024-09-25, "Adding Taiwan to UNSD data", changed
 *   "Netherlands (Kingdom of the)" to "Netherlands" in tmp/UNSD-en.csv). The UNSD download it
 *   edited (commit 25c1991e, tmp/UNSD-en.csv) has "Netherlands (Kingdom of the)". UNTERM's
 *   entry https://unterm.un.org/unterm2/en/view/08960271-ea69-4614-8f58-7952a92c6e94 is cited
 *   for the renaming in owid/etl pull request 1537 (2023-08-25); opensanctions/countrynames pull
 *   request 37 (2023-07-10) adds the name as "quite common in UN contexts"; the NIEM code lists,
 *   which follow ISO 3166, record the same change ("Netherlands (the)" to "Netherlands (Kingdom
 *   of the)"). The UNTERM page itself could not be read from here.
 * - Arabic: M49 writes "هولندا (مملكة _)", the underscore marking where "هولندا" goes in
 *   "مملكة هولندا"; it is shipped as written.
 * The names this replaces are kept as former names (lib/data/former-state-names.json), so the
 * matcher still finds "the Netherlands", "les Pays-Bas", "荷兰".
 */
const SHORT_NAME_UPDATES: Record<string, { expectedUnterm: UnText; en: string; fromM49: ReadonlyArray<Exclude<Lang, 'en'>> }> = {
  NL: {
    expectedUnterm: { en: 'Netherlands (the)', fr: 'Pays-Bas (les)', es: 'Países Bajos (los)', ru: 'Нидерланды', zh: '荷兰', ar: 'هولندا' },
    en: 'Netherlands (Kingdom of the)',
    fromM49: ['fr', 'es', 'ru', 'zh', 'ar'],
  },
};
const M49_COLUMNS = { fr: 'official_name_fr', es: 'official_name_es', ru: 'official_name_ru', zh: 'official_name_cn', ar: 'official_name_ar' } as const;

/**
 * Cook Islands and Niue carry UNTERM names in the table but are neither UN Member States nor
 * observer States (../shared/research/notes.md §E; Wikipedia, "Member states of the United
 * Nations", https://wiki2.org/en/Member_states_of_the_United_Nations: "2 eligible Non-Member
 * States (Niue, Cook Islands)").
 */
const NOT_UN_STATES = new Set(['CK', 'NU']);

export const EXPECTED_COUNT = 195;

type Row = Record<string, string>;

function names(row: Row, kind: 'Short' | 'Formal'): { text: UnText; observer: boolean } {
  let observer = false;
  const text = {} as UnText;
  for (const lang of Object.keys(LANG_COLUMNS) as Lang[]) {
    const raw = (row[`UNTERM ${LANG_COLUMNS[lang]} ${kind}`] ?? '').trim();
    if (OBSERVER_MARK.test(raw)) observer = true;
    text[lang] = raw.replace(OBSERVER_MARK, '');
  }
  return { text, observer };
}

export function buildStates(csvText: string): State[] {
  const rows: Row[] = parse(csvText, { columns: true, skip_empty_lines: true, bom: true });
  const states: State[] = [];
  for (const row of rows) {
    const iso2 = row['ISO3166-1-Alpha-2'] ?? '';
    if (NOT_UN_STATES.has(iso2)) continue;
    const fix = NAME_FIXES[iso2];
    const short = names(row, 'Short');
    const formal = names(row, 'Formal');
    if (!fix && !short.text.en) continue; // not in the UN Protocol table: not a UN State
    if (fix && short.text.en) throw new Error(`${iso2} now has UNTERM names in the CSV: review the fix in generate-states.ts`);
    states.push(
      State.parse({
        iso2,
        m49: (row['M49'] ?? '').padStart(3, '0'),
        short: fix ? fix.short : updatedShortNames(iso2, row, short.text),
        formal: fix ? fix.formal : formal.text,
        observer: short.observer || formal.observer,
      }),
    );
  }
  states.sort((a, b) => a.iso2.localeCompare(b.iso2));
  for (const iso2 of Object.keys(NAME_FIXES)) {
    if (!states.some((s) => s.iso2 === iso2)) throw new Error(`${iso2} is missing from the CSV`);
  }
  if (states.length !== EXPECTED_COUNT) throw new Error(`expected ${EXPECTED_COUNT} States, got ${states.length}`);
  return states;
}

function updatedShortNames(iso2: string, row: Row, unterm: UnText): UnText {
  const update = SHORT_NAME_UPDATES[iso2];
  if (!update) return unterm;
  if (JSON.stringify(unterm) !== JSON.stringify(update.expectedUnterm)) {
    throw new Error(`${iso2}: the CSV's UNTERM short names changed (${JSON.stringify(unterm)}): review SHORT_NAME_UPDATES in generate-states.ts`);
  }
  const next = { ...unterm, en: update.en };
  for (const lang of update.fromM49) {
    const m49 = (row[M49_COLUMNS[lang]] ?? '').trim();
    if (!m49) throw new Error(`${iso2}: no ${M49_COLUMNS[lang]} in the CSV`);
    next[lang] = m49;
  }
  return next;
}

export function renderStates(states: State[]): string {
  return `${JSON.stringify(states, null, 2)}\n`;
}

export function csvPath(): string {
  return process.env.ER_COUNTRY_CODES_CSV ? resolve(process.env.ER_COUNTRY_CODES_CSV) : DEFAULT_CSV;
}

const https = z.url({ protocol: /^https$/ });
const FormerNamesFile = z.object({
  about: z.string().min(1),
  sources: z.record(z.string().regex(/^[a-z0-9-]+$/), z.object({ url: https, title: z.string().min(1), what: z.string().min(1) })),
  states: z.array(
    z.object({
      iso2: z.string().regex(/^[A-Z]{2}$/),
      change: z.string().min(1),
      names: z
        .array(z.object({ lang: z.enum(DATA_LANGUAGES), kind: z.enum(['short', 'formal']), name: z.string().min(1), source: z.string().min(1) }))
        .min(1),
    }),
  ),
});
export type FormerNamesFile = z.infer<typeof FormerNamesFile>;

/** UNTERM's French gender marks, which are notes, not part of the name. */
const GENDER_MARK = /\s*\[(?:fém|masc)\.\]\s*$/;

/**
 * The former names, checked: each names a State of `states` and a source of the file, and is not
 * one of that State's current names in its language.
 */
export function formerNames(states: readonly State[], file: unknown): FormerName[] {
  const parsed = FormerNamesFile.parse(file);
  const byIso2 = new Map(states.map((s) => [s.iso2, s]));
  const out: FormerName[] = [];
  for (const entry of parsed.states) {
    const state = byIso2.get(entry.iso2);
    if (!state) throw new Error(`former names: ${entry.iso2} is not one of the States`);
    for (const n of entry.names) {
      if (!parsed.sources[n.source]) throw new Error(`former names: ${entry.iso2} ${n.lang} "${n.name}" cites an unknown source "${n.source}"`);
      const name = n.name.replace(GENDER_MARK, '').trim();
      if (name === state.short[n.lang] || name === state.formal[n.lang]) {
        throw new Error(`former names: ${entry.iso2} ${n.lang} "${name}" is a current name`);
      }
      out.push({ iso2: entry.iso2, lang: n.lang, kind: n.kind, name });
    }
  }
  return out;
}

export function buildStateNames(states: readonly State[], formerNamesFile: unknown): StateNamesTable {
  return encodeStateNames(
    states,
    formerNames(states, formerNamesFile),
    'Generated by scripts/generate-states.ts from states.generated.json and former-state-names.json; do not edit. Format: lib/data/state-names.ts.',
  );
}

/** One line per State and per former name, so a change shows as a one-line diff. */
export function renderStateNames(table: StateNamesTable): string {
  const list = (lines: readonly string[]) => lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n');
  return [
    '{',
    `  "comment": ${JSON.stringify(table.comment)},`,
    `  "languages": ${JSON.stringify(table.languages)},`,
    '  "current": [',
    list(table.current),
    '  ],',
    '  "former": [',
    list(table.former),
    '  ]',
    '}',
    '',
  ].join('\n');
}

export function readFormerNamesFile(): unknown {
  return JSON.parse(readFileSync(FORMER_NAMES_INPUT, 'utf8'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const input = csvPath();
  const states = buildStates(readFileSync(input, 'utf8'));
  writeFileSync(OUTPUT, renderStates(states));
  console.log(`${states.length} States from ${input} → ${OUTPUT}`);
  const table = buildStateNames(states, readFormerNamesFile());
  writeFileSync(NAMES_OUTPUT, renderStateNames(table));
  console.log(`${table.current.length} States and ${table.former.length} former names → ${NAMES_OUTPUT}`);
}
