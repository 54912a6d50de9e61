import { useI18n } from '@/components/I18nContext';
import { SiteMarkingToggle } from '@/components/marking/SiteMarkingToggle';
import { ExternalLink } from '@/components/ui/ExternalLink';

/** Marking switches for the current site, and links to the extension's other pages (each opens in a tab). */
export function PopupFooter() {
  const { t } = useI18n();
  return (
    <footer class="app-footer">
      <SiteMarkingToggle />
      <nav aria-label={t('popupNav')} class="app-footer__nav">
        <ExternalLink href="/dashboard.html" class="app-footer__link">
          {t('popupDashboard')}
        </ExternalLink>
        <ExternalLink href="/options.html" class="app-footer__link">
          {t('popupSettings')}
        </ExternalLink>
      </nav>
    </footer>
  );
}
