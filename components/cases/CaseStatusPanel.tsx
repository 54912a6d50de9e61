import { useI18n } from '@/components/I18nContext';
import { caseStatus } from '@/lib/data/case-status';
import type { Case } from '@/lib/data/schema';
import { dataLanguageOf } from '@/lib/i18n';
import { DateMessage } from './DateMessage';
import { LocalizedCaseText } from './LocalizedCaseText';
import { SituationBadge } from './SituationBadge';
import { SourceRefs } from './SourceRefs';
import { WeakSourceMark } from './WeakSourceMark';

/**
 * Where the case stands today, shown before its history: the dated summary, each person's
 * situation since when and on which sources, and what the campaign asked that is still open.
 */
export function CaseStatusPanel({ c }: { c: Case }) {
  const { t, lang } = useI18n();
  const status = caseStatus(c, dataLanguageOf(lang));
  return (
    <section class="case-section case-status" aria-labelledby="case-status-heading">
      <h2 id="case-status-heading" class="case-status__heading">
        {t('statusHeading')}{' '}
        <span class="case-status__as-of">
          <DateMessage message="statusAsOf" date={status.asOf} />
        </span>
      </h2>
      <LocalizedCaseText as="p" value={status.summary} class="case-status__summary" />
      {status.people.length > 0 && (
        <ul class="status-people">
          {status.people.map((p) => (
            <li key={p.name.text} class={`status-person status-person--${p.custody}`}>
              <p class="status-person__head">
                <LocalizedCaseText as="strong" value={p.name} class="status-person__name" /> <SituationBadge situation={p.situation} />{' '}
                <span class="status-person__dates">
                  <DateMessage message="statusSince" date={p.since} />
                  {p.lastConfirmed && (
                    <>
                      {' · '}
                      <DateMessage message="statusLastReported" date={p.lastConfirmed} />
                    </>
                  )}
                </span>
              </p>
              <LocalizedCaseText as="p" value={p.text} class="status-person__text" />
              {p.weakSourcesOnly && <WeakSourceMark />}
              <SourceRefs ids={p.sources.map((s) => s.id)} sources={p.sources} />
            </li>
          ))}
        </ul>
      )}
      {status.stillOpen.length > 0 && (
        <div class="case-status__open">
          <h3 class="case-status__open-heading">{t('statusStillOpen')}</h3>
          <ul class="case-status__open-list">
            {status.stillOpen.map((item, i) => (
              <LocalizedCaseText key={i} as="li" value={item} />
            ))}
          </ul>
        </div>
      )}
      {status.sources.length > 0 && <SourceRefs ids={status.sources.map((s) => s.id)} sources={status.sources} />}
      {status.translated && <p class="translation-note">{t('statusTranslationNote')}</p>}
    </section>
  );
}
