import type { CaseText } from '@/lib/data/case-text';
import type { CampaignLink } from '@/lib/data/campaign-states';
import type { PageCaseReport, PageMention, PageSource } from '@/lib/data/page-data';
import type { CardReport } from '@/lib/data/report-rows';
import type { DataLanguage } from '@/lib/data/schema';

/**
 * What the card and the "States on this page" panel show about a State, as the background
 * answers the content script (lib/messages.ts checks these shapes) and as an extension page
 * builds them directly. Texts are already in the language asked for; dates are ISO.
 */

/** One time a State raised a case at the UN, with the sources that report it. */
export interface RaisedOccasion extends Pick<PageMention, 'session' | 'setting' | 'date' | 'weakSourcesOnly' | 'group'> {
  /** The State that delivered a joint statement, named in the UI language. */
  speaker?: { iso2: string; name: string };
  sources: PageSource[];
}

/** A paragraph about one case, for a delegation's statement at the UN. */
export interface StatementParagraph {
  caseId: string;
  lang: DataLanguage;
  /** Plain text, ready to paste: the paragraph, then a line of sources. */
  text: string;
  /** The same as clean HTML: a paragraph, and one of linked sources. */
  html: string;
  /** The date of the newest fact the status rests on. */
  asOf: string;
  /** Some text is our translation of English-language sources. */
  translated: boolean;
  /** Some text had no version in `lang` and is in English. */
  englishFallback: boolean;
}

/** A campaign case on a State's card: the State is responsible for it, or raised it. */
export interface CardCase {
  id: string;
  role: CampaignLink;
  /** The State responsible for the case, named in the UI language. */
  state: { iso2: string; name: string };
  title: CaseText;
  summary: CaseText;
  /** The title or summary is our translation. */
  translated: boolean;
  status: { asOf: string; summary: CaseText };
  /** Where and when the card's State raised the case, oldest first (empty when responsible). */
  raised: RaisedOccasion[];
  /** The Secretary-General's reports that included the case, with ISHR's database records. */
  reports: PageCaseReport[];
  statement: StatementParagraph;
}

/** A report that named the State, with the campaign cases of that State it included. */
export interface StateReport extends CardReport {
  cases: Array<{ id: string; title: CaseText; ishrCaseCodes: string[] }>;
}

export interface StateCardModel {
  iso2: string;
  name: string;
  link: CampaignLink | null;
  /** The cases the State is responsible for, then the cases it raised (campaign order). */
  cases: CardCase[];
  reports: StateReport[];
  /** The language of the statement paragraphs. */
  statementLang: DataLanguage;
}

/** One State in "States on this page". */
export interface PageStateSummary {
  iso2: string;
  name: string;
  link: CampaignLink | null;
  responsibleFor: Array<{ id: string; title: CaseText }>;
  /** The cases the State raised, with the sessions where it did, oldest first. */
  raised: Array<{ id: string; title: CaseText; sessions: string[] }>;
  /** Years of the Secretary-General's reports that named the State, oldest first. */
  reportYears: number[];
}
