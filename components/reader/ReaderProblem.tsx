import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import type { MessageKey } from '@/lib/i18n';
import type { LoadProblem } from '@/lib/reader/load-problem';
import { OriginalLink } from './ReaderStatus';

const MESSAGE: Record<LoadProblem['kind'], MessageKey> = {
  'not-an-address': 'readerProblemNoAddress',
  'not-a-un-site': 'readerProblemNotUn',
  network: 'readerProblemNetwork',
  http: 'readerProblemHttp',
  'not-pdf': 'readerProblemNotPdf',
  damaged: 'readerProblemDamaged',
  password: 'readerProblemPassword',
};

/** Why the document is not shown, with its original address so nothing is lost, and "Try again" where that can help. */
export function ReaderProblem({ problem, original, onRetry }: { problem: LoadProblem; original: string | null; onRetry: (() => void) | null }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers hear the problem as soon as it replaces the loading message.
  useEffect(() => heading.current?.focus(), [problem.kind]);
  return (
    <section class="reader-panel reader-panel--problem" aria-labelledby="reader-problem-heading">
      <h2 id="reader-problem-heading" class="reader-panel__title" tabIndex={-1} ref={heading}>
        {t('readerProblemHeading')}
      </h2>
      <p data-problem={problem.kind}>{t(MESSAGE[problem.kind], problem.kind === 'http' ? { status: problem.status } : undefined)}</p>
      {onRetry && (
        <p>
          <button type="button" class="button button--primary" onClick={onRetry}>
            {t('readerRetry')}
          </button>
        </p>
      )}
      {original && <OriginalLink url={original} />}
    </section>
  );
}
