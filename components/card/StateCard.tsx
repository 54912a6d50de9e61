import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { usePageI18n } from './page-i18n';
import { formatRoute } from '@/lib/router';
import { langTagOf } from '@/lib/ui-language';
import { dataLanguageOf, LANGUAGE_NATIVE_NAMES, type UiLanguage } from '@/lib/i18n/languages';
import type { DataLanguage } from '@/lib/data/schema';
import { rovingTarget } from '@/lib/roving';
import type { CardCase, RaisedOccasion, StateCardModel, StateReport, StatementParagraph } from '@/lib/state-brief/types';
import { formatDate } from '@/lib/i18n/format-date';
import { textLangAttrs } from '@/lib/i18n/text-lang-attrs';
import { BidiText } from '@/components/cases/BidiText';
import { PageDateMessage } from './PageDateMessage';
import { sessionLabel } from '@/lib/state-brief/session-label';
import { ReportLink } from './ReportLink';
import { CloseButton } from '@/components/page-ui/CloseButton';

export interface StateCardProps {
  model: StateCardModel;
  /** Opens one of our pages, e.g. "popup.html#/case/viasna", in a new tab. */
  onOpenPage: (path: string) => void;
  /** Puts a statement paragraph on the clipboard; false when the browser refused. */
  onCopy: (statement: StatementParagraph) => Promise<boolean>;
  onClose: () => void;
}

const UI_OF_DATA: Record<DataLanguage, UiLanguage> = { en: 'en', zh: 'zh-CN', fr: 'fr', es: 'es', ru: 'ru', ar: 'ar' };

/** The card's actions, in document order: together they are one Tab stop (roving focus). */
const ROVING = { 'data-roving': '' };
const rovingItems = (card: Element) => Array.from(card.querySelectorAll<HTMLElement>('[data-roving]'));

/**
 * Gives the Tab stop to `current` (or keeps the one that has it, else the first action). Set on
 * the elements, not as props: a part of the card that re-renders must not move the Tab stop.
 */
function setTabStop(card: Element, current?: HTMLElement): void {
  const items = rovingItems(card);
  const stop = current ?? items.find((el) => el.tabIndex === 0 && el.dataset.stop === '') ?? items[0];
  for (const el of items) {
    el.tabIndex = el === stop ? 0 : -1;
    if (el === stop) el.dataset.stop = '';
    else delete el.dataset.stop;
  }
}

function onRovingKey(event: KeyboardEvent, dir: 'ltr' | 'rtl'): void {
  const card = event.currentTarget as HTMLElement;
  const items = rovingItems(card);
  const index = items.indexOf(event.target as HTMLElement);
  if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const next = rovingTarget(event.key, index, items.length, dir);
  if (next === null) return;
  event.preventDefault();
  setTabStop(card, items[next]);
  items[next]!.focus();
}

/** "HRC51 (29 September 2022)", with a joint statement's group and speaker where the data has them. */
function occasionText(o: RaisedOccasion, i18n: ReturnType<typeof usePageI18n>): string {
  const { t, lang } = i18n;
  const joint = o.group ? (o.speaker ? t('cardJointBy', { group: o.group, speaker: o.speaker.name }) : t('cardJoint', { group: o.group })) : null;
  const about = [formatDate(o.date, lang), joint, o.weakSourcesOnly ? t('cardWeakOnly') : null].filter(Boolean).join(', ');
  return `${sessionLabel(o.session, t)} (${about})`;
}

function listOf(items: readonly string[], lang: UiLanguage): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

function ReportRow({ report, firstPartial, firstInferred, onOpenPage }: {
  report: StateReport;
  firstPartial: boolean;
  firstInferred: boolean;
  onOpenPage: (path: string) => void;
}) {
  const { t, lang } = usePageI18n();
  const uiData = dataLanguageOf(lang);
  // Said in words the first time, then as a short tag.
  const notes = [
    report.partial ? t(firstPartial ? 'cardReportPartialExplained' : 'cardReportPartial') : null,
    report.inferred ? t(firstInferred ? 'cardReportInferredExplained' : 'cardReportInferred') : null,
    report.symbol && !report.symbolVerified ? t('cardReportUnverified') : null,
  ].filter((n): n is string => n !== null);
  return (
    <li class="report">
      <span class="year">{report.year}</span>
      {report.symbol ? (
        <ReportLink class="symbol" symbol={report.symbol} onOpenPage={onOpenPage} {...ROVING}>
          {report.symbol}
        </ReportLink>
      ) : (
        <span class="symbol" dir="ltr">
          {report.session}
        </span>
      )}
      {report.cases.map((c) => (
        <span key={c.id} class="report-case" {...textLangAttrs(c.title, uiData)}>
          <BidiText text={c.title.text} lang={c.title.lang} />
          {c.ishrCaseCodes.length > 0 && <span class="ishr">{` · ${c.ishrCaseCodes.map((code) => t('cardIshrRecord', { code })).join(', ')}`}</span>}
        </span>
      ))}
      {notes.length > 0 && (
        <span class="notes" title={report.inferred ?? undefined}>
          {notes.join(' · ')}
        </span>
      )}
      {report.inferred && firstInferred && (
        <span class="inferred-why" lang="en" dir="ltr">
          {report.inferred}
        </span>
      )}
    </li>
  );
}

function CaseBlock({ c, headingId, onOpenPage, onCopy }: {
  c: CardCase;
  headingId: string;
    onOpenPage: (path: string) => void;
  onCopy: StateCardProps['onCopy'];
}) {
  const i18n = usePageI18n();
  const { t, lang, dir } = i18n;
  const uiData = dataLanguageOf(lang);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const statementLanguage = LANGUAGE_NATIVE_NAMES[UI_OF_DATA[c.statement.lang]];
  const newestReport = [...c.reports].reverse().find((r) => r.symbol !== null);
  // The sources of where the State raised the case, once each: "ISHR, September 2023".
  const sources = new Map<string, { url: string; label: string }>();
  for (const s of c.raised.flatMap((o) => o.sources)) {
    const label = [s.publisher ?? s.title, s.date ? formatDate(s.date, lang) : null].filter(Boolean).join(', ');
    if (![...sources.values()].some((x) => x.label === label)) sources.set(s.id, { url: s.url, label });
  }
  return (
    <li class={`case case-${c.role}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="case-title" {...textLangAttrs(c.title, uiData)}>
        <BidiText text={c.title.text} lang={c.title.lang} />
      </h3>
      {c.role === 'raised' && (
        <>
          <p class="case-of">{t('cardCaseOf', { state: c.state.name })}</p>
          <p class="raised">{t('cardRaisedAt', { occasions: listOf(c.raised.map((o) => occasionText(o, i18n)), lang) })}</p>
        </>
      )}
      {c.role === 'responsible' && (
        <p class="summary" {...textLangAttrs(c.summary, uiData)}>
          <BidiText text={c.summary.text} lang={c.summary.lang} />
        </p>
      )}
      {c.translated && <p class="translation-note">{t('caseTranslationNote')}</p>}
      <p class="status" {...textLangAttrs(c.status.summary, uiData)}>
        <strong class="status-as-of">
          <PageDateMessage message="statusAsOfLine" date={c.status.asOf} />
        </strong>{' '}
        <BidiText text={c.status.summary.text} lang={c.status.summary.lang} />
      </p>
      {c.status.summary.translation && <p class="footnote status-note">{t('statusTranslationNote')}</p>}
      {c.reports.length > 0 && (
        <p class="in-reports">
          {t('cardInReports')}{' '}
          {c.reports.map((r, i) => (
            <span key={r.year}>
              {i > 0 ? '; ' : ''}
              {r.year}
              {r.symbol && (
                <>
                  {' ('}
                  <bdi dir="ltr">{r.symbol}</bdi>
                  {')'}
                </>
              )}
              {r.ishrCaseCodes.length > 0 && `, ${r.ishrCaseCodes.map((code) => t('cardIshrRecord', { code })).join(', ')}`}
            </span>
          ))}
        </p>
      )}
      <div class="case-actions" role="group" aria-label={`${t('cardActions')}: ${c.title.text}`}>
        <button
          type="button"
          class="primary copy"
          {...ROVING}
          onClick={async () => setCopy((await onCopy(c.statement)) ? 'copied' : 'failed')}
        >
          {t('cardCopyStatement')} <span class="copy-lang">{t('cardCopyLanguage', { language: statementLanguage })}</span>
        </button>
        <button type="button" class="secondary" {...ROVING} onClick={() => onOpenPage(`popup.html${formatRoute({ name: 'case', caseId: c.id })}`)}>
          {t('cardOpenCase')}
          <span aria-hidden="true" class="arrow">{dir === 'rtl' ? ' ←' : ' →'}</span>
        </button>
        {newestReport?.symbol && (
          <ReportLink class="secondary" symbol={newestReport.symbol} onOpenPage={onOpenPage} {...ROVING}>
            {t('cardOpenReport')} <bdi dir="ltr">{newestReport.symbol}</bdi>
          </ReportLink>
        )}
      </div>
      {sources.size > 0 && (
        <p class="sources">
          {t('cardSources')}{' '}
          {[...sources].map(([id, s], i) => (
            <span key={id}>
              {i > 0 ? '; ' : ''}
              <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.url} {...ROVING}>
                <bdi>{s.label}</bdi>
                <span class="sr">{` ${t('cardOpensNewTab')}`}</span>
              </a>
            </span>
          ))}
        </p>
      )}
      <p class="copy-status" role="status">
        {copy === 'copied' ? t('cardCopied', { language: statementLanguage }) : copy === 'failed' ? t('cardCopyFailed') : ''}
      </p>
      {copy === 'failed' && (
        <p class="statement-text" lang={langTagOf(c.statement.lang)} dir={c.statement.lang === 'ar' ? 'rtl' : 'ltr'}>
          {c.statement.text}
        </p>
      )}
    </li>
  );
}

export function StateCard({ model, onOpenPage, onCopy, onClose }: StateCardProps) {
  const i18n = usePageI18n();
  const { t, lang, dir } = i18n;
  const uiData = dataLanguageOf(lang);
  const ref = useRef<HTMLElement>(null);
  // A new card starts at its first action; after any other render, the action that held the Tab stop keeps it.
  useLayoutEffect(() => {
    if (ref.current) setTabStop(ref.current, rovingItems(ref.current)[0]);
  }, [model]);
  useLayoutEffect(() => {
    if (ref.current) setTabStop(ref.current);
  });
  const headingId = `er-card-title-${model.iso2}`;
  const link = model.link === 'responsible' ? t('cardLinkResponsible') : model.link === 'raised' ? t('cardLinkRaised') : t('cardLinkNone');
  const firstPartial = model.reports.findIndex((r) => r.partial);
  const firstInferred = model.reports.findIndex((r) => r.inferred);
  return (
    <section
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-keys`}
      dir={dir}
      lang={langTagOf(uiData)}
      ref={ref}
      onKeyDown={(event) => onRovingKey(event, dir)}
      onFocusIn={(event) => {
        const target = event.target as HTMLElement;
        if (target.dataset.roving !== undefined) setTabStop(event.currentTarget as HTMLElement, target);
      }}
    >
      {/* A div, not a header: inside a dialog a header would be a second banner landmark for the page. */}
      <div class="head">
        <div>
          <p class="campaign">
            <bdi dir="ltr">{t('cardCampaign')}</bdi>
          </p>
          <h2 id={headingId} class="name">
            {model.name}
          </h2>
          <p class={`link link-${model.link ?? 'none'}`}>{link}</p>
        </div>
        <CloseButton label={t('cardClose')} onClose={onClose} tabIndex={-1} />
      </div>
      <p id={`${headingId}-keys`} class="sr">
        {t('cardKeys')}
      </p>

      <div class="body" tabIndex={-1}>
        {model.cases.length === 0 ? (
          <p class="muted block">{t('cardNoCases')}</p>
        ) : (
          <ul class="cases block">
            {model.cases.map((c) => (
              <CaseBlock key={c.id} c={c} headingId={`${headingId}-${c.id}`} onOpenPage={onOpenPage} onCopy={onCopy} />
            ))}
          </ul>
        )}

        <section class="block" aria-labelledby={`${headingId}-reports`}>
          <h3 id={`${headingId}-reports`} class="block-title">
            {t('cardReportsHeading')}
          </h3>
          {model.reports.length === 0 ? (
            <p class="muted">{t('cardNoReports')}</p>
          ) : (
            <ul class="reports">
              {model.reports.map((r, i) => (
                <ReportRow
                  key={`${r.year}-${r.symbol ?? r.session}`}
                  report={r}
                  firstPartial={i === firstPartial}
                  firstInferred={i === firstInferred}
                  onOpenPage={onOpenPage}
                />
              ))}
            </ul>
          )}
          <p class="footnote">{t('cardListsIncomplete')}</p>
        </section>
      </div>

      <footer class="actions">
        <button
          type="button"
          class="mission"
          {...ROVING}
          onClick={() => onOpenPage(`popup.html${formatRoute({ name: 'letter', state: model.iso2, cases: null })}`)}
        >
          {t('cardWriteMission')}
        </button>
      </footer>
    </section>
  );
}
