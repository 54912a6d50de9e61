import { useI18n } from '@/components/I18nContext';

/** Says that the texts just above are our translation, not the campaign's own words. */
export function TranslationNote({ class: className = 'translation-note', as: As = 'p' }: { class?: string; as?: 'p' | 'span' }) {
  const { t } = useI18n();
  return <As class={className}>{t('caseTranslationNote')}</As>;
}
