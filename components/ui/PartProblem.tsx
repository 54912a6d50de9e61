import { useI18n } from '@/components/I18nContext';
import { errorDetail } from '@/lib/error-detail';
import { ProblemNotice } from './ProblemNotice';

/** Shown instead of one part of a page that failed; the rest of the page goes on working. */
export function PartProblem({ error, retry, buttonClass = 'button button--small' }: { error: unknown; retry: () => void; buttonClass?: string }) {
  const { t } = useI18n();
  return (
    <ProblemNotice message={t('problemPartFailed', { detail: errorDetail(error) })} testId="part-problem">
      <button type="button" class={buttonClass} onClick={retry}>
        {t('problemTryAgain')}
      </button>
    </ProblemNotice>
  );
}
