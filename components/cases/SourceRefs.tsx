import { useI18n } from '@/components/I18nContext';
import { ExternalLink } from '@/components/ui/ExternalLink';
import type { Source } from '@/lib/data/schema';

/** The sources one event or update rests on, as short links after it. */
export function SourceRefs({ ids, sources }: { ids: string[]; sources: Source[] }) {
  const { t } = useI18n();
  const cited = ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => Boolean(s));
  if (cited.length === 0) return null;
  // "ISHR, ISHR" says nothing: where two cited sources share a publisher, their titles are shown.
  const shared = (s: Source) => cited.filter((other) => other.publisher === s.publisher).length > 1;
  const label = (s: Source) => (s.publisher && !shared(s) ? s.publisher : s.title);
  return (
    <p class="source-refs">
      <span class="source-refs__label">{t('caseSourceLabel')}</span>{' '}
      {cited.map((source, i) => (
        <span key={source.id}>
          {i > 0 && t('caseSourceSeparator')}
          <span class="source-refs__item">
            <ExternalLink href={source.url} dir="auto">
              {label(source)}
            </ExternalLink>
            {source.strength === 'weak' && <span class="source-refs__weak">{t('caseStrengthWeak')}</span>}
            {source.plainHttp && <span class="source-refs__http">{t('sourcePlainHttp')}</span>}
          </span>
        </span>
      ))}
    </p>
  );
}
