import { useI18n } from '@/components/I18nContext';
import type { MessageKey } from '@/lib/i18n';
import type { DashboardCounts } from '@/lib/platform/store/counts';
import { formattersFor } from '@/lib/dashboard/format';

export function missionsWrittenTo(counts: DashboardCounts): number {
  return new Set([...Object.keys(counts.lettersDrafted), ...Object.keys(counts.lettersSent)]).size;
}

export function StatTotals({ counts }: { counts: DashboardCounts }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang, t);
  const tiles: Array<[string, MessageKey, number]> = [
    ['total', 'dashboardStatActions', counts.total],
    ['posts', 'dashboardStatPosts', counts.byKind.post],
    ['drafted', 'dashboardStatDrafted', counts.byKind['letter-drafted']],
    ['sent', 'dashboardStatSent', counts.byKind['letter-sent']],
    ['missions', 'dashboardStatMissions', missionsWrittenTo(counts)],
    ['shared', 'dashboardStatShared', counts.byKind['case-shared']],
  ];
  return (
    <dl class="stat-totals">
      {tiles.map(([id, label, value]) => (
        <div key={id} class={`stat-totals__item stat-totals__item--${id}`}>
          <dt>{t(label)}</dt>
          <dd data-stat={id} data-value={value}>
            {f.number(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
