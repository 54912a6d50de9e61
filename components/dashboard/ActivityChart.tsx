import { useI18n } from '@/components/I18nContext';
import type { MessageKey } from '@/lib/i18n';
import type { Timeline, TimeUnit } from '@/lib/platform/store/timeline';
import { labelEvery, niceTicks } from '@/lib/dashboard/chart-scale';
import { TableDisclosure } from './TableDisclosure';
import { formattersFor } from '@/lib/dashboard/format';

const PER: Record<TimeUnit, MessageKey> = {
  day: 'dashboardPerDay',
  week: 'dashboardPerWeek',
  month: 'dashboardPerMonth',
  year: 'dashboardPerYear',
};

const WIDTH = 720;
const HEIGHT = 220;
const TOP = 12;
const BOTTOM = 30;
const AXIS = 56;
const END = 8;

/**
 * Bars of actions per day, week, month or year, in plain SVG. Screen readers get the title and a
 * one-sentence description; the numbers are also in a table. In right-to-left languages time runs
 * from right to left, as the text does.
 */
export function ActivityChart({ timeline }: { timeline: Timeline }) {
  const { t, lang, dir } = useI18n();
  const f = formattersFor(lang, t);
  const { buckets, unit } = timeline;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const ticks = niceTicks(Math.max(...buckets.map((b) => b.count), 0));
  const top = ticks.at(-1)!;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - AXIS - END) / buckets.length;
  const barWidth = Math.max(1, slot * 0.72);
  const rtl = dir === 'rtl';
  const slotStart = (i: number) => (rtl ? WIDTH - AXIS - (i + 1) * slot : AXIS + i * slot);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const every = labelEvery(buckets.length);
  const axisX = rtl ? WIDTH - AXIS + 8 : AXIS - 8;
  const first = buckets[0]!;
  const last = buckets.at(-1)!;

  return (
    <div class="activity-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        class="activity-chart__svg"
        // Anchors below are worked out left to right; labels still read right to left within.
        direction="ltr"
        data-testid="activity-chart"
        data-total={total}
      >
        <title id="chart-title">{t('dashboardChartHeading')}</title>
        <desc id="chart-desc">
          {t('dashboardChartDesc', {
            per: t(PER[unit]),
            from: f.bucket(unit, first.start),
            to: f.bucket(unit, last.start),
            total: f.number(total),
          })}
        </desc>
        {ticks.map((tick) => (
          <g key={tick} class="activity-chart__grid">
            <line x1={rtl ? END : AXIS} x2={rtl ? WIDTH - AXIS : WIDTH - END} y1={y(tick)} y2={y(tick)} />
            <text x={axisX} y={y(tick)} dy="0.32em" text-anchor={rtl ? 'start' : 'end'}>
              {f.number(tick)}
            </text>
          </g>
        ))}
        {buckets.map((bucket, i) => {
          const height = TOP + plotHeight - y(bucket.count);
          return (
            <g key={bucket.start}>
              {bucket.count > 0 && (
                <rect
                  class="activity-chart__bar"
                  x={slotStart(i) + (slot - barWidth) / 2}
                  y={y(bucket.count)}
                  width={barWidth}
                  height={Math.max(height, 1)}
                  rx={Math.min(3, barWidth / 3)}
                >
                  <title>{`${f.bucket(unit, bucket.start)}: ${f.number(bucket.count)}`}</title>
                </rect>
              )}
              {(buckets.length - 1 - i) % every === 0 && (
                <text
                  class={`activity-chart__label${((buckets.length - 1 - i) / every) % 2 ? ' activity-chart__label--minor' : ''}`}
                  x={i === buckets.length - 1 ? (rtl ? slotStart(i) : slotStart(i) + slot) : slotStart(i) + slot / 2}
                  y={HEIGHT - 10}
                  text-anchor={i === buckets.length - 1 ? (rtl ? 'start' : 'end') : 'middle'}
                >
                  {f.bucket(unit, bucket.start, true)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <TableDisclosure summary={t('dashboardShowTable')}>
        {() => (
          <>
            <thead>
              <tr>
                <th scope="col">{t('dashboardColPeriod')}</th>
                <th scope="col">{t('dashboardStatActions')}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{f.bucket(unit, bucket.start)}</th>
                  <td>{f.number(bucket.count)}</td>
                </tr>
              ))}
            </tbody>
          </>
        )}
      </TableDisclosure>
    </div>
  );
}
