import { useI18n } from '@/components/I18nContext';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { formatRoute } from '@/lib/router';

export function PopupHeader() {
  const { t } = useI18n();
  return (
    <header class="app-header">
      <a class="brand" href={formatRoute({ name: 'list' })}>
        <span class="brand__mark" aria-hidden="true">#</span>
        <span class="brand__text">
          <span class="brand__name">{t('appName')}</span>
          <span class="brand__tagline">{t('popupTagline')}</span>
        </span>
      </a>
      <LanguageSwitch />
    </header>
  );
}
