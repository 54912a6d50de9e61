import { useI18n } from '@/components/I18nContext';
import { LocalizedCaseText } from '@/components/cases/LocalizedCaseText';
import { needsTranslationNote } from '@/lib/i18n/text-lang-attrs';
import { TranslationNote } from '@/components/cases/TranslationNote';
import { caseTitle } from '@/lib/data/case-text';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';
import type { Case } from '@/lib/data/schema';
import type { CaseProgress } from '@/lib/platform/store/counts';
import { formattersFor } from '@/lib/dashboard/format';

/** The five cases: what the user has done for each, and what is still open. */
export function CaseProgressList({ cases, progress }: { cases: readonly Case[]; progress: Record<string, CaseProgress> }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang, t);
  const nameOf = (iso2: string) => {
    const state = stateByIso2(iso2);
    return state ? stateName(state, dataLanguageOf(lang)) : iso2;
  };
  return (
    <ul class="case-progress-list" role="list">
      {cases.map((c) => {
        const p = progress[c.id];
        const posts = p?.byKind.post ?? 0;
        const shares = p?.byKind['case-shared'] ?? 0;
        const drafted = p?.missionsDrafted.length ?? 0;
        const sent = p?.missionsSent.length ?? 0;
        const todo = [posts + shares === 0 && t('dashboardCaseTodoPost'), sent === 0 && t('dashboardCaseTodoLetter')].filter(
          (item): item is string => Boolean(item),
        );
        const headingId = `case-${c.id}`;
        const title = caseTitle(c, dataLanguageOf(lang));
        return (
          <li key={c.id} class="case-progress" aria-labelledby={headingId} data-case={c.id}>
            <h3 id={headingId} class="case-progress__title">
              <LocalizedCaseText value={title} />
            </h3>
            {needsTranslationNote(title, c.title.en) && <TranslationNote class="case-progress__note" />}
            <p class="case-progress__state">{t('dashboardCaseState', { state: nameOf(c.state) })}</p>
            <dl class="case-progress__facts">
              <div>
                <dt>{t('dashboardCasePosts')}</dt>
                <dd data-fact="posts">{f.number(posts)}</dd>
              </div>
              <div>
                <dt>{t('dashboardCaseShares')}</dt>
                <dd data-fact="shares">{f.number(shares)}</dd>
              </div>
              <div>
                <dt>{t('dashboardCaseMissionsDrafted')}</dt>
                <dd data-fact="missions-drafted">{f.number(drafted)}</dd>
              </div>
              <div>
                <dt>{t('dashboardCaseMissionsSent')}</dt>
                <dd data-fact="missions-sent">{f.number(sent)}</dd>
              </div>
            </dl>
            {todo.length ? (
              <ul class="case-progress__todo">
                {todo.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : (
              <p class="case-progress__done">{t('dashboardCaseDone')}</p>
            )}
            <a class="case-progress__act" href={`popup.html#/case/${c.id}`}>
              {t('dashboardCaseAct')}
              <span class="sr-only">
                {': '}
                <LocalizedCaseText value={title} />
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
