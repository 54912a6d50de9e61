import { useMemo } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { SourceList } from '@/components/cases/SourceList';
import { upcomingMoments } from '@/lib/data/calendar';
import { dataLanguageOf } from '@/lib/i18n';
import { howFarOff, momentLabel } from '@/lib/letters/moment-text';

/**
 * The campaign's next moment (the dialogue on reprisals, the Third Committee, a Council session)
 * and how far off it is, with the sources of the dates it rests on.
 */
export function NextMoment({ today = new Date() }: { today?: Date }) {
  const { t, lang } = useI18n();
  const moment = useMemo(() => upcomingMoments(today)[0], [today]);
  if (!moment) return null;
  return (
    <aside class="next-moment" aria-labelledby="next-moment-title" data-testid="next-moment">
      <p class="next-moment__line">
        <span id="next-moment-title" class="next-moment__label">
          {t('momentNext')}
        </span>{' '}
        <span class="next-moment__what">{momentLabel(t, moment, dataLanguageOf(lang))}</span>{' '}
        <strong class="next-moment__when">{howFarOff(t, moment, today, lang)}</strong>
      </p>
      {moment.sources.length > 0 && (
        <details class="next-moment__sources">
          <summary>{t('momentSourcesLabel')}</summary>
          <SourceList sources={moment.sources} />
        </details>
      )}
    </aside>
  );
}
