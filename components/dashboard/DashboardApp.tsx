import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { ProblemNotice } from '@/components/ui/ProblemNotice';
import { SettingsProvider } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { getCases, getReports } from '@/lib/data';
import { caseTitle } from '@/lib/data/case-text';
import type { Case } from '@/lib/data/schema';
import { errorDetail } from '@/lib/error-detail';
import { dataLanguageOf } from '@/lib/i18n';
import { dashboardCounts } from '@/lib/platform/store/counts';
import { actionsOverTime } from '@/lib/platform/store/timeline';
import { ActionList } from './ActionList';
import { ActivityChart } from './ActivityChart';
import { CaseProgressList } from './CaseProgressList';
import { DataControls } from './DataControls';
import { GoalCard } from './GoalCard';
import { MissionsMap } from './MissionsMap';
import { StatTotals } from './StatTotals';
import { useLiveQueryOrThrow } from './use-live-query';

/** Set on <html> once the first numbers are on screen; the benchmark waits for it. */
export const READY_ATTRIBUTE = 'data-ready';
export const READY_MARK = 'er-dashboard-ready';

/** What a section shows when it fails: why, and a way to try again; the other sections stay. */
function SectionProblem({ error, retry, message }: { error: unknown; retry: () => void; message?: string }) {
  const { t } = useI18n();
  return (
    <ProblemNotice message={message ?? t('problemPartFailed', { detail: errorDetail(error) })} testId="section-problem">
      <button type="button" class="button button--small" onClick={retry}>
        {t('problemTryAgain')}
      </button>
    </ProblemNotice>
  );
}

/** A part of the dashboard that fails on its own. */
function Part({ children }: { children: ComponentChildren }) {
  return <ErrorBoundary fallback={(error, retry) => <SectionProblem error={error} retry={retry} />}>{children}</ErrorBoundary>;
}

/** Everything drawn from the running totals: numbers, chart, goal, map and the five cases. */
function Summary({ cases }: { cases: readonly Case[] }) {
  const { t, lang } = useI18n();
  const caseIds = useMemo(() => cases.map((c) => c.id), [cases]);
  const summary = useLiveQueryOrThrow(
    async () => {
      const [counts, timeline] = await Promise.all([dashboardCounts(caseIds), actionsOverTime()]);
      return { counts, timeline };
    },
    [caseIds],
    'er-dashboard-summary',
  );

  useEffect(() => {
    if (!summary || document.documentElement.hasAttribute(READY_ATTRIBUTE)) return;
    performance.mark(READY_MARK);
    document.documentElement.setAttribute(READY_ATTRIBUTE, String(summary.counts.total));
  }, [summary]);

  const caseStates = useMemo(() => {
    const byState = new Map<string, string[]>();
    for (const c of cases) byState.set(c.state, [...(byState.get(c.state) ?? []), caseTitle(c, dataLanguageOf(lang)).text]);
    return byState;
  }, [cases, lang]);

  const namedStates = useMemo(() => {
    const years = new Map<string, number[]>();
    for (const report of getReports()) {
      for (const { iso2 } of report.statesNamed) years.set(iso2, [...new Set([...(years.get(iso2) ?? []), report.year])]);
    }
    return years;
  }, []);

  if (!summary) return <p class="dashboard__loading">{t('dashboardLoading')}</p>;
  return (
    <>
      <section class="dashboard__section dashboard__section--plain" aria-labelledby="totals-heading">
        <h2 id="totals-heading" class="sr-only">
          {t('dashboardTotalsHeading')}
        </h2>
        <Part>
          <StatTotals counts={summary.counts} />
          {summary.counts.total === 0 && <p class="dashboard__empty">{t('dashboardEmpty')}</p>}
        </Part>
      </section>
      <div class="dashboard__columns">
        <section class="dashboard__section" aria-labelledby="chart-heading">
          <h2 id="chart-heading">{t('dashboardChartHeading')}</h2>
          <Part>
            <ActivityChart timeline={summary.timeline} />
          </Part>
        </section>
        <section class="dashboard__section" aria-labelledby="goal-heading">
          <h2 id="goal-heading">{t('dashboardGoalHeading')}</h2>
          <Part>
            <GoalCard missionsSent={Object.keys(summary.counts.lettersSent).length} />
          </Part>
        </section>
      </div>
      <section class="dashboard__section" aria-labelledby="map-heading">
        <h2 id="map-heading">{t('dashboardMapHeading')}</h2>
        <Part>
          <MissionsMap
            lettersDrafted={summary.counts.lettersDrafted}
            lettersSent={summary.counts.lettersSent}
            caseStates={caseStates}
            namedStates={namedStates}
          />
        </Part>
      </section>
      <section class="dashboard__section dashboard__section--plain" aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('dashboardCasesHeading')}</h2>
        <Part>
          <CaseProgressList cases={cases} progress={summary.counts.cases} />
        </Part>
      </section>
    </>
  );
}

function Dashboard() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t('dashboardTitle')} · ${t('appName')}`;
  }, [t]);
  const cases = useMemo(() => getCases(), []);
  const [announcement, setAnnouncement] = useState('');
  // Bumped when the whole database was replaced or the record is read again, so every part reads afresh.
  const [generation, setGeneration] = useState(0);

  return (
    <div class="dashboard">
      <header class="dashboard-header">
        <div class="dashboard-header__inner">
          <div>
            {/* Isolated, so a right-to-left page does not move the "#" to the end. */}
            <p class="dashboard-header__brand">
              <bdi dir="ltr">#EndReprisals</bdi>
            </p>
            <h1 class="dashboard-header__title">{t('dashboardTitle')}</h1>
            <p class="dashboard-header__intro">{t('dashboardIntro')}</p>
          </div>
          <nav class="dashboard-header__nav" aria-label={t('appName')}>
            <a href="popup.html#/">{t('dashboardSeeCases')}</a>
            <a href="options.html">{t('dashboardSettings')}</a>
            <LanguageSwitch id="dashboard-language" />
          </nav>
        </div>
      </header>
      <main class="dashboard__main">
        {/* When the record cannot be read, this says so; "Your data" below stays usable. */}
        <ErrorBoundary
          key={generation}
          // Trying again reads the whole record afresh: the list below too, which waits on the same database.
          fallback={(error) => (
            <SectionProblem
              error={error}
              retry={() => setGeneration((g) => g + 1)}
              message={t('dashboardReadFailed', { detail: errorDetail(error) })}
            />
          )}
        >
          <Summary cases={cases} />
        </ErrorBoundary>
        <Part key={generation}>
          <ActionList announce={setAnnouncement} />
        </Part>
        <section class="dashboard__section" aria-labelledby="data-heading">
          <h2 id="data-heading" tabIndex={-1}>
            {t('dashboardDataHeading')}
          </h2>
          <p class="muted">{t('dashboardDataIntro')}</p>
          <DataControls generation={generation} onDatabaseReplaced={() => setGeneration((g) => g + 1)} />
        </section>
        <p class="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
      </main>
    </div>
  );
}

/** The page: settings first (they choose the language), then the dashboard in that language. */
export function DashboardApp() {
  return (
    <SettingsProvider>
      <UiLanguageProvider>
        <Dashboard />
      </UiLanguageProvider>
    </SettingsProvider>
  );
}
