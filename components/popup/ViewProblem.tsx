import { useI18n } from '@/components/I18nContext';
import { ProblemNotice } from '@/components/ui/ProblemNotice';
import { errorDetail } from '@/lib/error-detail';
import { formatRoute } from '@/lib/router';

/** Shown instead of a popup view that failed: why, try again, or back to the cases. */
export function ViewProblem({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  return (
    <ProblemNotice message={t('problemViewFailed', { detail: errorDetail(error) })} testId="view-problem">
      <button type="button" class="button button--small" onClick={retry}>
        {t('problemTryAgain')}
      </button>
      <a class="button button--small" href={formatRoute({ name: 'list' })}>
        {t('problemBackToCases')}
      </a>
    </ProblemNotice>
  );
}
