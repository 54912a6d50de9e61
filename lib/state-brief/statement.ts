import type { CaseText } from '@/lib/data/case-text';
import { pageStateName, type PageCase, type PageData, type PageSource } from '@/lib/data/page-data';
import type { DataLanguage } from '@/lib/data/schema';
import { nameWithoutQualifier } from '@/lib/data/state-names';
import { fillTemplate } from '@/lib/drafting/fill-template';
import { isolateLatinRuns } from '@/lib/bidi-runs';
import { letterDate } from '@/lib/drafting/dates';
import { elideFrench, listOf, typesetChinese } from '@/lib/un-prose';
import { STATEMENT_TEMPLATES } from './statement-templates';
import type { StatementParagraph } from './types';

const LRI = '\u2066';
const PDI = '\u2069';
const RLM = '\u200F';

/** Sets a text of the data in the paragraph's language and notes what it is. */
class Texts {
  translated = false;
  englishFallback = false;
  constructor(readonly lang: DataLanguage) {}
  /** A case text; Latin-script runs isolated in Arabic so names keep their places right to left. */
  ours(shown: CaseText): string {
    if (shown.translation) this.translated = true;
    if (shown.lang !== this.lang) this.englishFallback = true;
    if (this.lang === 'zh' && shown.lang === 'zh') return typesetChinese(shown.text);
    return this.lang === 'ar' ? isolateLatinRuns(shown.text) : shown.text;
  }
  /** A document symbol or a web address: always left to right. */
  ltr(text: string): string {
    return this.lang === 'ar' ? `${LRI}${text}${PDI}` : text;
  }
}

function reportsSentence(c: PageCase, texts: Texts): string | null {
  const t = STATEMENT_TEMPLATES[texts.lang];
  if (c.reports.length === 0) return null;
  const items = c.reports.map((r) =>
    r.symbol ? fillTemplate(t.reportItem, { year: String(r.year), symbol: texts.ltr(r.symbol) }) : fillTemplate(t.reportItemNoSymbol, { year: String(r.year) }),
  );
  const template = items.length === 1 ? t.reportsOne : items.length === 2 ? t.reportsTwo : t.reportsMany;
  return fillTemplate(template, { items: listOf(items, texts.lang) });
}

function sourceItem(s: PageSource, lang: DataLanguage): string {
  const about = [s.publisher, s.date ? letterDate(s.date, lang) : undefined].filter(Boolean).join(', ');
  return `${s.title}${about ? ` (${about})` : ''} ${s.url}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Only the publisher's own https (or marked http) pages are linked, as everywhere in the extension. */
const linkable = (url: string) => /^https?:\/\//.test(url);

function sourcesHtml(label: string, sources: readonly PageSource[], lang: DataLanguage): string {
  const [before = '', after = ''] = label.split('{items}');
  const items = sources.map((s) => {
    const about = [s.publisher, s.date ? letterDate(s.date, lang) : undefined].filter(Boolean).join(', ');
    const title = escapeHtml(s.title);
    const link = linkable(s.url) ? `<a href="${escapeHtml(s.url)}">${title}</a>` : title;
    return `<span dir="ltr">${link}${about ? ` (${escapeHtml(about)})` : ''}</span>`;
  });
  return `${escapeHtml(before)}${items.join(lang === 'ar' ? '؛ ' : '; ')}${escapeHtml(after)}`;
}

/**
 * A short paragraph about case `c` for a statement at the UN (the interactive dialogue on
 * reprisals, the Third Committee), in `lang`: the case and the State responsible, the
 * Secretary-General's reports that included it (year and symbol), where it stands with the date
 * of the newest fact, the release of those still held, and the ask. Every fact is one the data
 * gives, with its source; nothing is added. Returned as plain text and as clean HTML.
 */
export function statementParagraph(c: PageCase, lang: DataLanguage, data: PageData): StatementParagraph {
  const t = STATEMENT_TEMPLATES[lang];
  const texts = new Texts(lang);
  const status = c.status[lang];
  const stateName = nameWithoutQualifier(pageStateName(c.state, lang, data) ?? c.state);
  const date = letterDate(status.asOf, lang);
  const parts = [
    fillTemplate(t.opening, { caseName: texts.ours(c.title[lang]), stateName }),
    reportsSentence(c, texts),
    fillTemplate(t.situation, { date, summary: texts.ours(status.summary) }),
    status.held.length > 0 ? elideFrench(fillTemplate(t.release, { names: listOf(status.held.map((n) => texts.ours(n)), lang) }), lang) : null,
    t.ask,
  ].filter((p): p is string => p !== null);
  const paragraph = parts.join(lang === 'zh' ? '' : ' ');
  const sources = c.statusSources.map((id) => c.sources[id]).filter((s): s is PageSource => s !== undefined);
  const separator = lang === 'ar' ? '؛ ' : '; ';
  const sourcesLine = sources.length > 0 ? fillTemplate(t.sources, { items: sources.map((s) => texts.ltr(sourceItem(s, lang))).join(separator) }) : '';
  const rtl = lang === 'ar';
  const text = [rtl ? `${RLM}${paragraph}` : paragraph, sourcesLine && (rtl ? `${RLM}${sourcesLine}` : sourcesLine)].filter(Boolean).join('\n\n');
  const dir = rtl ? ' dir="rtl"' : '';
  const html = [
    `<p lang="${lang}"${dir}>${escapeHtml(paragraph)}</p>`,
    sources.length > 0 ? `<p lang="${lang}"${dir}><small>${sourcesHtml(t.sources, sources, lang)}</small></p>` : '',
  ].join('');
  return { caseId: c.id, lang, text, html, asOf: status.asOf, translated: texts.translated, englishFallback: texts.englishFallback };
}
