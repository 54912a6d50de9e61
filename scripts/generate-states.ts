/**
 * Builds lib/data/states.generated.json: the 193 UN Member States plus the two non-member
 * observer States (Holy See, State of Palestine) with their UN Protocol (UNTERM) short and
 * formal names in the six UN languages.
 *
 * Input: datasets/country-codes `data/country-codes.csv` (PDDL), by default the snapshot at
 * ../shared/data/country-codes.csv; override with ER_COUNTRY_CODES_CSV=<path>.
 * Run: npm run generate:states   (or: npx tsx scripts/generate-states.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { State, type UnText } from '../lib/data/schema';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_CSV = resolve(ROOT, '../shared/data/country-codes.csv');
export const OUTPUT = resolve(ROOT, 'lib/data/states.generated.json');

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
        short: fix ? fix.short : short.text,
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

export function renderStates(states: State[]): string {
  return `${JSON.stringify(states, null, 2)}\n`;
}

export function csvPath(): string {
  return process.env.ER_COUNTRY_CODES_CSV ? resolve(process.env.ER_COUNTRY_CODES_CSV) : DEFAULT_CSV;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const input = csvPath();
  const states = buildStates(readFileSync(input, 'utf8'));
  writeFileSync(OUTPUT, renderStates(states));
  console.log(`${states.length} States from ${input} → ${OUTPUT}`);
}
