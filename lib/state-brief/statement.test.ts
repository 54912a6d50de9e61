import { describe, expect, it } from 'vitest';
import { getCases, getReports } from '@/lib/data';
import { caseStatus } from '@/lib/data/case-status';
import { caseTitle } from '@/lib/data/case-text';
import type { PageCase } from '@/lib/data/page-data';
import { buildPageData } from '@/lib/data/page-data-build';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { nameWithoutQualifier } from '@/lib/data/state-names';
import { untermStateName } from '@/lib/data/state-name-lookup';
import { letterDate } from '@/lib/drafting/dates';
import { typesetChinese } from '@/lib/un-prose';
import { statementParagraph as paragraphFrom } from './statement';
import { STATEMENT_TEMPLATES } from './statement-templates';

const PAGE_DATA = buildPageData();
const statementParagraph = (c: PageCase, lang: DataLanguage) => paragraphFrom(c, lang, PAGE_DATA);

const BIDI = /[\u2066-\u2069\u200e\u200f]/g;
const plain = (text: string) => text.replace(BIDI, '');
const set = (text: string, lang: DataLanguage) => (lang === 'zh' ? typesetChinese(text) : text);

/** Every fact the paragraph may state about `c`, in `lang`, each from the data pack itself. */
function factsOf(pc: PageCase, lang: DataLanguage): string[] {
  const c = getCases().find((f) => f.id === pc.id)!;
  const status = caseStatus(c, lang);
  const reports = c.sgReportYears.map((year) => getReports().find((r) => r.year === year)!);
  const sources = status.sources;
  return [
    set(caseTitle(c, lang).text, lang),
    nameWithoutQualifier(untermStateName(c.state, lang)!),
    ...reports.flatMap((r) => [String(r.year), r.symbol ?? '']),
    letterDate(c.status.asOf, lang),
    set(status.summary.text, lang),
    ...status.people.filter((p) => p.custody === 'held').map((p) => p.name.text),
    ...sources.flatMap((s) => [s.title, s.url, s.publisher ?? '', s.date ? letterDate(s.date, lang) : '']),
  ].filter(Boolean);
}

/** What the paragraph's own sentences say around the facts: the templates without their placeholders. */
function templateWords(lang: DataLanguage): string[] {
  const words = Object.values(STATEMENT_TEMPLATES[lang]).flatMap((t) => t.split(/\{[a-zA-Z]+\}/)).filter((s) => s.trim() !== '');
  // French elides "de" before a vowel: "la libération d’Ibrahim".
  return lang === 'fr' ? [...words, ...words.filter((w) => w.endsWith(' de ')).map((w) => `${w.slice(0, -3)}d’`)] : words;
}

// What joins the pieces: list words ("and", "et", "و"…), spaces, punctuation.
const JOINERS = /^[\s.,;:()（）。：；，、؛،]*(?:(?:and|et|y|и|和|و)[\s.,;:()（）。：；，、؛،]*)*$/u;

describe('statement paragraphs', () => {
  for (const lang of DATA_LANGUAGES) {
    describe(lang, () => {
      for (const c of PAGE_DATA.cases) {
        it(`${c.id}: states only sourced facts, with the as-of date`, () => {
          const s = statementParagraph(c, lang);
          const text = plain(s.text);
          expect(s.lang).toBe(lang);
          expect(s.asOf).toBe(getCases().find((f) => f.id === c.id)!.status.asOf);
          expect(text).toContain(letterDate(s.asOf, lang));
          expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
          // Take out every fact of the data and every word of the templates: only joiners remain.
          // Long facts first (a summary holds template-like words), then the templates, then short
          // facts (years, which template words such as 年报告 sit next to).
          const facts = factsOf(c, lang);
          const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
          let rest = text;
          for (const piece of [...byLength(facts.filter((f) => f.length >= 8)), ...byLength(templateWords(lang)), ...byLength(facts.filter((f) => f.length < 8))]) {
            rest = rest.split(piece).join(' ');
          }
          expect(rest, rest).toMatch(JOINERS);
        });
      }
    });
  }

  it('asks for the release of those still held, by name, and of nobody else', () => {
    const en = (id: string) => statementParagraph(PAGE_DATA.cases.find((c) => c.id === id)!, 'en').text;
    expect(en('ibrahim-metwally-hegazy')).toContain('We call for the release of Ibrahim Metwally Hegazy.');
    expect(en('viasna')).toContain('We call for the release of Valiantsin Stefanovich and Marfa Rabkova.');
    expect(en('viasna')).not.toMatch(/release of [^.]*Bialiatski/);
    for (const id of ['jiang-tianyong', 'burundi-lawyers', 'venezuela-organisations']) expect(en(id)).not.toContain('We call for the release');
  });

  it('cites the reports by year and symbol, and the sources of the status', () => {
    const jiang = statementParagraph(PAGE_DATA.cases.find((c) => c.id === 'jiang-tianyong')!, 'en');
    expect(jiang.text).toContain('reports on reprisals of 2017 (A/HRC/36/31) and 2019 (A/HRC/42/30)');
    const egypt = statementParagraph(PAGE_DATA.cases.find((c) => c.id === 'ibrahim-metwally-hegazy')!, 'en');
    expect(egypt.text).toContain('report on reprisals of 2018 (A/HRC/39/41)');
    expect(egypt.text).toMatch(/\n\nSources: .*https:\/\/www\.eipr\.org\//);
  });

  it('gives clean HTML: escaped text, a paragraph and linked sources, nothing else', () => {
    for (const lang of DATA_LANGUAGES) {
      for (const c of PAGE_DATA.cases) {
        const { html } = statementParagraph(c, lang);
        const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
        expect(new Set(tags)).toEqual(new Set(['p', 'small', 'span', 'a']));
        expect(html).not.toMatch(/<(script|style|img)|on\w+=|javascript:/i);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        expect(doc.querySelector('p')!.getAttribute('lang')).toBe(lang);
        for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
        // The HTML paragraph reads as the plain text does.
        expect(plain(doc.querySelector('p')!.textContent!)).toBe(plain(statementParagraph(c, lang).text.split('\n\n')[0]!));
      }
    }
  });

  it('reads right to left in Arabic, with symbols and Latin names isolated', () => {
    const viasna = statementParagraph(PAGE_DATA.cases.find((c) => c.id === 'viasna')!, 'ar');
    expect(viasna.text.startsWith('\u200F')).toBe(true);
    expect(viasna.text).toContain('\u2066A/HRC/48/28\u2069');
    expect(viasna.text).toContain('\u2068Valiantsin Stefanovich\u2069');
    expect(viasna.html).toContain('dir="rtl"');
  });

  it('sets Chinese with full-width punctuation and says when it uses our translation', () => {
    const hegazy = statementParagraph(PAGE_DATA.cases.find((c) => c.id === 'ibrahim-metwally-hegazy')!, 'zh');
    expect(hegazy.text).toContain('（埃及）');
    expect(hegazy.text).toContain('2018年报告（A/HRC/39/41）');
    expect(hegazy.text).not.toMatch(/[\u4E00-\u9FFF],/);
    expect(hegazy.translated).toBe(true);
    expect(statementParagraph(PAGE_DATA.cases.find((c) => c.id === 'viasna')!, 'en').translated).toBe(false);
  });
});
