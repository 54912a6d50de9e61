import type { CaseText } from './case-text';
import type { CardReport } from './report-rows';
import type { CaseMention, Source } from './schema';
import type { DataLanguage } from './data-languages';

/** A source as the in-page features cite it (the publisher's own page; see `Source`). */
export type PageSource = Pick<Source, 'id' | 'url' | 'title' | 'strength'> & Partial<Pick<Source, 'publisher' | 'date' | 'plainHttp'>>;

/** A State's public mention of a case at the UN, without the text (see `CaseMention`). */
export type PageMention = Pick<CaseMention, 'states' | 'session' | 'setting' | 'date' | 'sources' | 'weakSourcesOnly'> &
  Partial<Pick<CaseMention, 'group' | 'speaker'>>;

/** A case's status in one language, as `caseStatus` gives it. */
export interface PageStatus {
  asOf: string;
  summary: CaseText;
  /** The people still held as of `asOf`, named in this language where a source spells them so. */
  held: CaseText[];
}

/** A Secretary-General report that included a case (`Case.sgReportYears`), with its symbol where known. */
export interface PageCaseReport {
  year: number;
  symbol: string | null;
  symbolVerified: boolean;
  /** The case's record in ISHR's database for that year's report ("2018-032-001"), where the data has one. */
  ishrCaseCodes: string[];
}

/** A campaign case as the State card, the panel and statement paragraphs use it. */
export interface PageCase {
  id: string;
  state: string;
  title: Record<DataLanguage, CaseText>;
  summary: Record<DataLanguage, CaseText>;
  /** Where the case stands today, per language (see `caseStatus`). */
  status: Record<DataLanguage, PageStatus>;
  /** Ids of the sources of the status summary. */
  statusSources: string[];
  reports: PageCaseReport[];
  /** The States that raised the case at the UN, oldest first. */
  stateMentions: PageMention[];
  /** Every source the status and the mentions cite, by id. */
  sources: Record<string, PageSource>;
}

/**
 * What the in-page features (the card and the panel on UN pages, statement paragraphs) show
 * about cases, reports and States: built from the data pack when the extension is built
 * (lib/data/page-data-build.ts, which checks the pack against its schemas) and shipped as a
 * file of the package (PAGE_DATA_FILE), which the background reads when a card first asks for
 * it: no script carries the case texts, the State names or their parse at every browser start.
 */
export interface PageData {
  cases: PageCase[];
  /** Every distinct report row; a State's rows are indices into it (most States share rows). */
  reportRows: CardReport[];
  /** Indices into `reportRows` per ISO2 code of a State the reports name. */
  reportsByState: Record<string, number[]>;
  /** Each State's UNTERM short name per language, as `untermStateName` gives it ("Bahamas"). */
  stateNames: Record<string, Record<DataLanguage, string>>;
}

/** Where the page data sits in the package. */
export const PAGE_DATA_FILE = 'data/page-data.json';

export function pageCase(id: string, data: PageData): PageCase | undefined {
  return data.cases.find((c) => c.id === id);
}

export function pageCasesForState(iso2: string, data: PageData): PageCase[] {
  const code = iso2.toUpperCase();
  return data.cases.filter((c) => c.state === code);
}

export function pageReportsForState(iso2: string, data: PageData): CardReport[] {
  return (data.reportsByState[iso2.toUpperCase()] ?? []).map((i) => data.reportRows[i]!);
}

/** A State's short name in `lang`, or undefined for a code that is not a State. */
export function pageStateName(iso2: string, lang: DataLanguage, data: PageData): string | undefined {
  return data.stateNames[iso2.toUpperCase()]?.[lang];
}
