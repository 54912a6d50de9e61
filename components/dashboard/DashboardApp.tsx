import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { SettingsProvider } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { getCases, getReports } from '@/lib/data';
import { caseTitle } from '@/lib/data/case-text';
import { dataLanguageOf } from '@/lib/i18n';
import { dashboardCounts } from '@/lib/store/counts';
import { actionsOverTime } from '@/lib/store/timeline';
import { ActionList } from './ActionList';
import { ActivityChart } from './ActivityChart';
import { CaseProgressList } from './CaseProgressList';
import { DataControls } from './DataControls';
import { GoalCard } from './GoalCard';
import { MissionsMap } from './MissionsMap';
import { StatTotals } from './StatTotals';
import { useLiveQuery } from './use-live-query';

/** Set on <html> once the first numbers are on screen; the benchmark waits for it. */
export const READY_ATTRIBUTE = 'data-ready';
export const READY_MARK = 'er-dashboard-ready';

function Dashboard() {
  const { t, lang } = useI18n();
  useEffect(() => {
    document.title = `${t('dashboardTitle')} · ${t('appName')}`;
  }, [t]);
  const cases = useMemo(() => getCases(), []);
  const caseIds = useMemo(() => cases.map((c) => c.id), [cases]);
  const summary = useLiveQuery(async () => {
    const [counts, timeline] = await Promise.all([dashboardCounts(caseIds), actionsOverTime()]);
    return { counts, timeline };
  }, [caseIds], 'er-dashboard-summary');
  const [announcement, setAnnouncement] = useState('');

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

  return (
    <div class="dash">
      <header class="dash-header">
        <div class="dash-header__inner">
          <div>
            <p class="dash-brand">#EndReprisals</p>
            <h1 class="dash-title">{t('dashboardTitle')}</h1>
            <p class="dash-intro">{t('dashboardIntro')}</p>
          </div>
          <nav class="dash-header__nav" aria-label={t('appName')}>
            <a href="popup.html#/">{t('dashboardSeeCases')}</a>
            <a href="options.html">{t('dashboardSettings')}</a>
            <LanguageSwitch id="dashboard-language" />
          </nav>
        </div>
      </header>
      <main class="dash-main">
        {!summary ? (
          <p class="dash-loading">{t('dashboardLoading')}</p>
        ) : (
          <>
            <section class="dash-section dash-section--plain" aria-labelledby="totals-heading">
              <h2 id="totals-heading" class="dash-sr-only">
                {t('dashboardTotalsHeading')}
              </h2>
              <StatTotals counts={summary.counts} />
              {summary.counts.total === 0 && <p class="dash-empty">{t('dashboardEmpty')}</p>}
            </section>
            <div class="dash-columns">
              <section class="dash-section" aria-labelledby="chart-heading">
                <h2 id="chart-heading">{t('dashboardChartHeading')}</h2>
                <ActivityChart timeline={summary.timeline} />
              </section>
              <section class="dash-section" aria-labelledby="goal-heading">
                <h2 id="goal-heading">{t('dashboardGoalHeading')}</h2>
                <GoalCard missionsSent={Object.keys(summary.counts.lettersSent).length} />
              </section>
            </div>
            <section class="dash-section" aria-labelledby="map-heading">
              <h2 id="map-heading">{t('dashboardMapHeading')}</h2>
              <MissionsMap
                lettersDrafted={summary.counts.lettersDrafted}
                lettersSent={summary.counts.lettersSent}
                caseStates={caseStates}
                namedStates={namedStates}
              />
            </section>
            <section class="dash-section dash-section--plain" aria-labelledby="cases-heading">
              <h2 id="cases-heading">{t('dashboardCasesHeading')}</h2>
              <CaseProgressList cases={cases} progress={summary.counts.cases} />
            </section>
            {summary.counts.total > 0 && (
              <section class="dash-section" aria-labelledby="list-heading">
                <h2 id="list-heading" tabIndex={-1}>{t('dashboardListHeading')}</h2>
                <ActionList announce={setAnnouncement} />
              </section>
            )}
            <section class="dash-section" aria-labelledby="data-heading">
              <h2 id="data-heading" tabIndex={-1}>{t('dashboardDataHeading')}</h2>
              <p class="dash-muted">{t('dashboardDataIntro')}</p>
              <DataControls total={summary.counts.total} />
            </section>
          </>
        )}
        <p class="dash-sr-only" role="status" aria-live="polite">
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
