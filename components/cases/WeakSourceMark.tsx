import { useI18n } from '@/components/I18nContext';

/** Says plainly that a statement rests only on aggregators or social media. */
export function WeakSourceMark() {
  const { t } = useI18n();
  return (
    <p class="weak-mark">
      <span class="weak-mark__tag">{t('caseWeakSource')}</span> <span class="weak-mark__why">{t('caseWeakSourceExplained')}</span>
    </p>
  );
}
