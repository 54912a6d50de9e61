import { useI18n } from '@/components/I18nContext';
import { ExternalLink } from '@/components/ui/ExternalLink';
import type { MessageKey } from '@/lib/i18n';
import type { Source } from '@/lib/data/schema';
import { DateText } from './DateText';

const STRENGTH: Record<Source['strength'], MessageKey> = {
  primary: 'caseStrengthPrimary',
  secondary: 'caseStrengthSecondary',
  weak: 'caseStrengthWeak',
};

/** Every source of the case: title as link, then publisher, date and how strong a source it is. */
export function SourceList({ sources }: { sources: Source[] }) {
  const { t } = useI18n();
  return (
    <ol class="source-list">
      {sources.map((source) => (
        <li key={source.id} class="source-list__item">
          <ExternalLink href={source.url} class="source-list__title" dir="auto">
            {source.title}
          </ExternalLink>
          <span class="source-list__meta">
            {source.publisher && <span>{source.publisher}</span>}
            {source.date && <DateText date={source.date} />}
            <span class={source.strength === 'weak' ? 'strength strength--weak' : 'strength'}>{t(STRENGTH[source.strength])}</span>
            {source.plainHttp && <span class="source-list__http">{t('sourcePlainHttp')}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
