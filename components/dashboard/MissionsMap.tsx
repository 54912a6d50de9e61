import { useMemo } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';
import { TableDisclosure } from './TableDisclosure';
import { formattersFor } from '@/lib/dashboard/format';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from '@/lib/dashboard/world-map';

export interface MissionsMapProps {
  lettersDrafted: Record<string, number>;
  lettersSent: Record<string, number>;
  /** ISO2 of each campaign case's State, with the case titles for the table. */
  caseStates: Map<string, string[]>;
  /** ISO2 of States a source says a Secretary-General reprisals report named, with the years. */
  namedStates: Map<string, number[]>;
}

type Status = 'sent' | 'drafted' | 'named' | 'none';

/**
 * Where the user's letters went, and the States of the campaign's cases, on a bundled world map
 * (no tiles, no network). The picture is one image to assistive technology; its description and
 * the table say the same in words.
 */
export function MissionsMap({ lettersDrafted, lettersSent, caseStates, namedStates }: MissionsMapProps) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang, t);
  const dataLang = dataLanguageOf(lang);
  const nameOf = (iso2: string) => {
    const state = stateByIso2(iso2);
    return state ? stateName(state, dataLang) : iso2;
  };
  const shapes = useMemo(countryShapes, []);

  const rows = useMemo(() => {
    const iso2s = new Set([...Object.keys(lettersDrafted), ...Object.keys(lettersSent), ...caseStates.keys(), ...namedStates.keys()]);
    return [...iso2s]
      .map((iso2) => ({
        iso2,
        m49: stateByIso2(iso2)?.m49,
        name: nameOf(iso2),
        drafted: lettersDrafted[iso2] ?? 0,
        sent: lettersSent[iso2] ?? 0,
        cases: caseStates.get(iso2) ?? [],
        named: namedStates.get(iso2) ?? [],
      }))
      .sort(
        (a, b) =>
          b.sent - a.sent ||
          b.drafted - a.drafted ||
          b.cases.length - a.cases.length ||
          a.name.localeCompare(b.name, lang),
      );
  }, [lettersDrafted, lettersSent, caseStates, namedStates, lang]);

  const statusByM49 = new Map<string, { status: Status; caseState: boolean; label: string }>();
  for (const row of rows) {
    if (!row.m49) continue;
    const status: Status = row.sent > 0 ? 'sent' : row.drafted > 0 ? 'drafted' : row.named.length ? 'named' : 'none';
    statusByM49.set(row.m49, { status, caseState: row.cases.length > 0, label: row.name });
  }
  const written = rows.filter((r) => r.sent + r.drafted > 0).map((r) => r.name);
  const caseNames = rows.filter((r) => r.cases.length > 0).map((r) => r.name);
  const list = (names: string[]) =>
    names.length ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(names) : t('dashboardMapNone');

  return (
    <div class="missions-map">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="map-title map-desc"
        class="missions-map__svg"
        data-testid="missions-map"
        data-written={rows.filter((r) => r.sent + r.drafted > 0).map((r) => r.iso2).join(' ')}
      >
        <title id="map-title">{t('dashboardMapHeading')}</title>
        <desc id="map-desc">{t('dashboardMapDesc', { written: list(written), cases: list(caseNames) })}</desc>
        <defs>
          <pattern id="named-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" class="missions-map__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="5" class="missions-map__hatch-line" />
          </pattern>
        </defs>
        {shapes.map((shape, i) => {
          const marked = statusByM49.get(shape.m49);
          if (marked && (marked.status !== 'none' || marked.caseState)) return null;
          return <path key={shape.m49 || `x${i}`} d={shape.d} class="missions-map__land" />;
        })}
        {/* Marked countries last, so their outlines are not covered by neighbours. */}
        {shapes.map((shape) => {
          const marked = statusByM49.get(shape.m49);
          if (!marked || (marked.status === 'none' && !marked.caseState)) return null;
          return (
            <path
              key={shape.m49}
              d={shape.d}
              class={`missions-map__land missions-map__land--${marked.status}${marked.caseState ? ' missions-map__land--case' : ''}`}
              data-m49={shape.m49}
              data-status={marked.status}
            >
              <title>{marked.label}</title>
            </path>
          );
        })}
      </svg>
      <ul class="missions-map__legend">
        <li>
          <span class="missions-map__swatch missions-map__swatch--sent" aria-hidden="true" />
          {t('dashboardLegendSent')}
        </li>
        <li>
          <span class="missions-map__swatch missions-map__swatch--drafted" aria-hidden="true" />
          {t('dashboardLegendDrafted')}
        </li>
        <li>
          <span class="missions-map__swatch missions-map__swatch--case" aria-hidden="true" />
          {t('dashboardLegendCaseState')}
        </li>
        <li>
          <span class="missions-map__swatch missions-map__swatch--named" aria-hidden="true" />
          {t('dashboardLegendNamed')}
        </li>
      </ul>
      <TableDisclosure summary={t('dashboardMapTable')} testId="map-table">
        {() => (
          <>
            <thead>
              <tr>
                <th scope="col">{t('dashboardColState')}</th>
                <th scope="col">{t('dashboardColSent')}</th>
                <th scope="col">{t('dashboardColDrafted')}</th>
                <th scope="col">{t('dashboardColCampaignCases')}</th>
                <th scope="col">{t('dashboardColNamed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.iso2} data-iso2={row.iso2}>
                  <th scope="row">{row.name}</th>
                  <td>{f.number(row.sent)}</td>
                  <td>{f.number(row.drafted)}</td>
                  <td>{row.cases.join(' · ')}</td>
                  <td>{row.named.map((year) => f.year(year)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </>
        )}
      </TableDisclosure>
    </div>
  );
}
