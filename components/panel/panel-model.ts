import type { CaseText } from '@/lib/data/case-text';
import { pageCasesForState, pageReportsForState } from '@/lib/data/page-data';
// The matcher's compact name table: the full State data (formal names, M49) stays out of the page.
import { untermStateName } from '@/lib/data/state-name-lookup';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';

/** One State named on the page, as the panel lists it. */
export interface PanelState {
  iso2: string;
  name: string;
  mentions: number;
  cases: Array<{ id: string; title: CaseText }>;
  /** Years of the Secretary-General's reports that named the State, oldest first. */
  reportYears: number[];
  /** The pages that name it, in a document with pages (the reader). */
  pages?: readonly number[];
}

/**
 * The States named on the page (`counts`: mentions per ISO2 code), by name in the UI language;
 * with `pagesOf`, the pages of a document that name each.
 */
export function panelStates(counts: ReadonlyMap<string, number>, uiLang: UiLanguage, pagesOf?: (iso2: string) => readonly number[]): PanelState[] {
  const lang = dataLanguageOf(uiLang);
  const states: PanelState[] = [];
  for (const [iso2, mentions] of counts) {
    const code = iso2.toUpperCase();
    const name = untermStateName(code, lang);
    if (name === undefined || mentions === 0) continue;
    states.push({
      iso2: code,
      name,
      mentions,
      cases: pageCasesForState(code).map((c) => ({ id: c.id, title: c.title[lang] })),
      reportYears: [...new Set(pageReportsForState(code).map((r) => r.year))].sort((a, b) => a - b),
      ...(pagesOf ? { pages: pagesOf(iso2) } : {}),
    });
  }
  const collator = new Intl.Collator(uiLang);
  return states.sort((a, b) => collator.compare(a.name, b.name));
}

/** A few words either side of a mention, for screen readers to hear where they are. */
export function mentionContext(text: string, start: number, end: number, around = 48): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  const clip = (s: string, atStart: boolean) => {
    const cut = atStart ? s.replace(/^\S*\s/, '') : s.replace(/\s\S*$/, '');
    return cut.length > 0 && cut.length < s.length ? cut : s;
  };
  const before = from > 0 ? `…${clip(text.slice(from, start), true)}` : text.slice(0, start);
  const after = to < text.length ? `${clip(text.slice(end, to), false)}…` : text.slice(end);
  return `${before}${text.slice(start, end)}${after}`.replace(/\s+/g, ' ').trim();
}
