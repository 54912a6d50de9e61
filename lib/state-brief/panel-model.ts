// The matcher's compact name table: the full State data (formal names, M49) stays out of the page.
import { untermStateName } from '@/lib/data/state-name-lookup';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';
import type { PageStateSummary } from '@/lib/state-brief/types';

/**
 * One State named on the page, as the panel lists it: its mentions, and how it is linked to
 * the campaign (`summary`, from the background; undefined until it has answered).
 */
export interface PanelState {
  iso2: string;
  name: string;
  mentions: number;
  summary?: PageStateSummary;
  /** The pages that name it, in a document with pages (the reader). */
  pages?: readonly number[];
}

/**
 * The States named on the page (`counts`: mentions per ISO2 code), by name in the UI language;
 * with `pagesOf`, the pages of a document that name each.
 */
export function panelStates(
  counts: ReadonlyMap<string, number>,
  summaries: ReadonlyMap<string, PageStateSummary>,
  uiLang: UiLanguage,
  pagesOf?: (iso2: string) => readonly number[],
): PanelState[] {
  const lang = dataLanguageOf(uiLang);
  const states: PanelState[] = [];
  for (const [iso2, mentions] of counts) {
    const code = iso2.toUpperCase();
    const name = untermStateName(code, lang);
    if (name === undefined || mentions === 0) continue;
    const summary = summaries.get(code);
    states.push({ iso2: code, name, mentions, ...(summary ? { summary } : {}), ...(pagesOf ? { pages: pagesOf(iso2) } : {}) });
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
