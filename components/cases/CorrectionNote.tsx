import { useI18n } from '@/components/I18nContext';
import type { SeedCorrection, Source } from '@/lib/data/schema';
import { LocalizedText } from './LocalizedText';
import { SourceRefs } from './SourceRefs';

/**
 * Under a text the sources show the 2022 campaign got wrong: what was corrected and why, and the
 * campaign's own words, so the change stays visible.
 */
export function CorrectionNote({ correction, sources }: { correction: SeedCorrection; sources: Source[] }) {
  const { t } = useI18n();
  return (
    <div class="correction" role="note">
      <p class="correction__note">
        <span class="tag">{t('correctionLabel')}</span> <LocalizedText text={correction.note} />
      </p>
      <p class="correction__said">
        {t('correctionCampaignSaid')} <LocalizedText as="span" text={correction.campaignSaid} class="correction__quote" />
      </p>
      <SourceRefs ids={correction.sources} sources={sources} />
    </div>
  );
}
