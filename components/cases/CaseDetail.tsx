import { Fragment } from 'preact';
import { useI18n } from '@/components/I18nContext';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { useViewFocus } from '@/components/popup/useViewFocus';
import { getCase } from '@/lib/data';
import { caseDemands, caseSummary, caseTitle } from '@/lib/data/case-text';
import { dataLanguageOf } from '@/lib/i18n';
import { formatRoute } from '@/lib/router';
import { SgReportLinks } from '@/components/reader/SgReportLinks';
import { ActedBadge } from './ActedBadge';
import { CaseStatusPanel } from './CaseStatusPanel';
import { CaseTimeline } from './CaseTimeline';
import { CorrectionNote } from './CorrectionNote';
import { formatDate } from '@/lib/i18n/format-date';
import { caseHasFallback } from '@/lib/data/case-fallback';
import { LocalizedText } from './LocalizedText';
import { LocalizedCaseText } from './LocalizedCaseText';
import { SourceList } from './SourceList';
import { StateMentions } from './StateMentions';
import { StateName } from './StateName';
import { needsTranslationNote } from '@/lib/i18n/text-lang-attrs';
import { TranslationNote } from './TranslationNote';

export function CaseDetail({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const acted = useActedOn();
  const heading = useViewFocus<HTMLHeadingElement>();
  const c = getCase(caseId);
  if (!c) {
    return (
      <section class="view">
        <h1 class="view__title" tabIndex={-1} ref={heading}>
          {t('caseNotFound')}
        </h1>
      </section>
    );
  }
  const count = acted.cases[c.id] ?? 0;
  const dataLang = dataLanguageOf(lang);
  const title = caseTitle(c, dataLang);
  const summary = caseSummary(c, dataLang);
  const demands = caseDemands(c, dataLang);
  // Where the summary is the first paragraph of the background, it is shown once, there.
  const summaryOpensBackground = c.summary.en === c.background[0]?.en;
  const correctionsOf = (list: 'background' | 'whatHappened') =>
    new Map(
      c.corrections.flatMap((k) => {
        const [target, index] = k.target.split('.');
        return target === list ? [[Number(index), k] as const] : [];
      }),
    );
  const backgroundCorrections = correctionsOf('background');
  return (
    <article class="view case-detail" aria-labelledby="case-title">
      <header class="case-detail__header">
        <p class="case-detail__state">
          <StateName iso2={c.state} />
          <ActedBadge count={count} label={t('popupActedLabel', { count })} />
        </p>
        <LocalizedCaseText as="h1" id="case-title" class="view__title" tabIndex={-1} ref={heading} value={title} />
        {!summaryOpensBackground && <LocalizedCaseText as="p" class="view__lead" value={summary} />}
        {c.subjects.length > 1 || c.subjects[0]?.role ? (
          <ul class="subjects">
            {c.subjects.map((s, i) => (
              <li key={i} class="subjects__item">
                <LocalizedText as="strong" text={s.name} class="subjects__name" />
                {s.role && <LocalizedText text={s.role} class="subjects__role" />}
              </li>
            ))}
          </ul>
        ) : null}
        {(needsTranslationNote(title, c.title.en) || (!summaryOpensBackground && summary.translation)) && <TranslationNote />}
        {caseHasFallback(c, dataLang) && <p class="note">{t('caseShownInEnglish')}</p>}
      </header>

      <CaseStatusPanel c={c} />

      <nav class="act-panel act-panel--inline" aria-labelledby="case-act-heading">
        <h2 id="case-act-heading" class="act-panel__title">
          {t('caseActHeading')}
        </h2>
        <div class="button-row">
          <a class="button button--primary" href={formatRoute({ name: 'post', target: c.id })}>
            {t('popupWritePost')}
          </a>
          <a class="button" href={formatRoute({ name: 'letter', state: null, cases: [c.id] })}>
            {t('popupWriteLetter')}
          </a>
        </div>
      </nav>

      <section class="case-section" aria-labelledby="case-background">
        <h2 id="case-background">{t('caseBackground')}</h2>
        <p class="note">{t('caseBackgroundNote')}</p>
        {c.background.map((paragraph, i) => {
          const correction = backgroundCorrections.get(i);
          return i === 0 && summaryOpensBackground ? (
            <LocalizedCaseText key={i} as="p" value={summary} />
          ) : (
            <Fragment key={i}>
              <LocalizedText as="p" text={paragraph} />
              {correction && <CorrectionNote correction={correction} sources={c.sources} />}
            </Fragment>
          );
        })}
        {summaryOpensBackground && summary.translation && <TranslationNote />}
      </section>

      <section class="case-section" aria-labelledby="case-what-happened">
        <h2 id="case-what-happened">{t('caseWhatHappened')}</h2>
        <CaseTimeline events={c.whatHappened} sources={c.sources} corrections={correctionsOf('whatHappened')} />
      </section>

      <section class="case-section" aria-labelledby="case-demands">
        <h2 id="case-demands">{t('caseDemands')}</h2>
        <p class="note">{t('caseDemandsNote')}</p>
        <div class="demands">
          {demands.map((demand, i) => (
            <LocalizedCaseText key={i} as="blockquote" value={demand} class="demands__item" />
          ))}
        </div>
        {demands.some((d) => d.translation) && <TranslationNote />}
      </section>

      <section class="case-section call-to-action" aria-labelledby="case-cta">
        <h2 id="case-cta">{t('caseCallToAction')}</h2>
        <LocalizedText as="p" text={c.callToAction} />
      </section>

      {c.updates.length > 0 && (
        <section class="case-section" aria-labelledby="case-updates">
          <h2 id="case-updates">{t('caseUpdates')}</h2>
          <CaseTimeline events={c.updates} sources={c.sources} />
        </section>
      )}

      {c.stateMentions.length > 0 && <StateMentions mentions={c.stateMentions} sources={c.sources} />}

      {c.sgReportYears.length > 0 && <SgReportLinks years={c.sgReportYears} />}

      <section class="case-section" aria-labelledby="case-sources">
        <h2 id="case-sources">{t('caseSources')}</h2>
        <SourceList sources={c.sources} />
      </section>

      <p class="as-of">{t('caseAsOf', { date: formatDate(c.asOf, lang) })}</p>
    </article>
  );
}
