import { useI18n } from '@/components/I18nContext';
import { formatRoute, type Route } from '@/lib/router';

/** The way up from a view; Escape does the same (see PopupApp). */
export function BackLink({ to }: { to: Route }) {
  const { t } = useI18n();
  return (
    <a class="back-link" href={formatRoute(to)}>
      <svg class="flip-rtl" aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5">
        <path d="M15 5l-7 7 7 7" />
      </svg>
      {to.name === 'list' ? t('popupAllCases') : t('back')}
    </a>
  );
}
