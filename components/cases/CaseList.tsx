import { useI18n } from '@/components/I18nContext';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { useViewFocus } from '@/components/popup/useViewFocus';
import { CASE_LIST } from '@/lib/data/case-list';
import { dataLanguageOf } from '@/lib/i18n';
import { formatRoute } from '@/lib/router';
import { NextMoment } from '@/components/letters/NextMoment';
import { ActedBadge } from './ActedBadge';
import { LocalizedCaseText } from './LocalizedCaseText';
import { needsTranslationNote } from '@/lib/i18n/text-lang-attrs';
import { TranslationNote } from './TranslationNote';

/** The five cases; `returnTo` is the case the user just came back from, which gets focus. */
export function CaseList({ returnTo }: { returnTo?: string }) {
  const { t, lang } = useI18n();
  const dataLang = dataLanguageOf(lang);
  const acted = useActedOn();
  const heading = useViewFocus<HTMLHeadingElement>(() =>
    returnTo ? document.querySelector<HTMLElement>(`[data-case-link="${CSS.escape(returnTo)}"]`) : null,
  );
  return (
    <section class="view" aria-labelledby="cases-heading">
      <h1 id="cases-heading" class="view__title" tabIndex={-1} ref={heading}>
        {t('popupCasesHeading')}
      </h1>
      <p class="view__lead">{t('popupCasesIntro')}</p>
      <NextMoment />
      <ul class="case-list">
        {CASE_LIST.map((c) => {
          const title = c.title[dataLang];
          const summary = c.summary[dataLang];
          return (
            <li key={c.id} class="case-card">
              <a class="case-card__link" href={formatRoute({ name: 'case', caseId: c.id })} data-case-link={c.id}>
                <span class="case-card__top">
                  <span class="case-card__state">{c.stateName[dataLang]}</span>
                  <ActedBadge count={acted.cases[c.id] ?? 0} label={t('popupActedLabel', { count: acted.cases[c.id] ?? 0 })} />
                </span>
                <LocalizedCaseText value={title} class="case-card__title" />
                <LocalizedCaseText value={summary} class="case-card__summary" />
                {(needsTranslationNote(title, c.englishTitle) || summary.translation) && <TranslationNote as="span" class="case-card__note" />}
              </a>
            </li>
          );
        })}
      </ul>
      <section class="act-panel" aria-labelledby="act-all-heading">
        <h2 id="act-all-heading" class="act-panel__title">
          {t('popupActAllHeading')}
        </h2>
        <div class="button-row">
          <a class="button button--primary" href={formatRoute({ name: 'post', target: 'all' })}>
            {t('popupWritePost')}
          </a>
          <a class="button" href={formatRoute({ name: 'letter', state: null, cases: null })}>
            {t('popupWriteLetter')}
          </a>
        </div>
        <a class="text-link" href={formatRoute({ name: 'missions', query: '' })}>
          {t('popupMissions')}
        </a>
      </section>
    </section>
  );
}
