import { useI18n } from '@/components/I18nContext';
import { SiteMarkingToggle } from '@/components/marking/SiteMarkingToggle';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { PartProblem } from '@/components/ui/PartProblem';

/** Marking switches for the current site, and links to the extension's other pages (each opens in a tab). */
export function PopupFooter() {
  const { t } = useI18n();
  return (
    <footer class="app-footer">
      {/* The links below stay whatever happens to the switches. */}
      <ErrorBoundary fallback={(error, retry) => <PartProblem error={error} retry={retry} />}>
        <SiteMarkingToggle />
      </ErrorBoundary>
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
