import { useI18n } from '@/components/I18nContext';
import type { DataLanguage } from '@/lib/data/schema';
import { langTagOf } from '@/lib/ui-language';

/** The letter exactly as it will be drafted, in its own language and direction. */
export function LetterPreview({ subject, body, lang }: { subject: string; body: string; lang: DataLanguage }) {
  const { t } = useI18n();
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return (
    <section class="letter-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" class="section-title">
        {t('letterPreviewHeading')}
      </h2>
      <dl class="letter-preview__sheet">
        <dt>{t('letterSubject')}</dt>
        <dd class="letter-preview__subject" lang={langTagOf(lang)} dir={dir} data-testid="letter-subject">
          {subject}
        </dd>
        <dt>{t('letterBody')}</dt>
        <dd class="letter-preview__body" lang={langTagOf(lang)} dir={dir} data-testid="letter-body">
          {body}
        </dd>
      </dl>
    </section>
  );
}
