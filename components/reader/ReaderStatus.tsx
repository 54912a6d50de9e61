import { useI18n } from '@/components/I18nContext';
import { PasswordForm } from './PasswordForm';
import type { LoadPhase } from './useDocumentLoad';

/** What the reader is doing while the document is not shown yet: downloading, opening, asking for a password. */
export function ReaderStatus({ phase, original }: { phase: LoadPhase; original: string | null }) {
  const { t } = useI18n();
  if (phase.kind === 'password') {
    return (
      <section class="reader-panel" aria-labelledby="reader-password-heading">
        <h2 id="reader-password-heading" class="reader-panel__title">
          {t('readerProblemPassword')}
        </h2>
        <PasswordForm retry={phase.retry} onSubmit={(password) => phase.answer(password)} onCancel={() => phase.answer(null)} />
        {original && <OriginalLink url={original} />}
      </section>
    );
  }
  const percent = phase.kind === 'downloading' ? phase.percent : null;
  const label = phase.kind === 'downloading' ? (percent === null ? t('readerDownloading') : t('readerDownloadingPercent', { percent })) : t('readerOpening');
  return (
    <div class="reader-panel reader-panel--quiet">
      <p role="status" aria-live="polite">
        {label}
      </p>
      <div
        class="reader-progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div class={`reader-progress__bar${percent === null ? ' reader-progress__bar--busy' : ''}`} style={percent === null ? undefined : { inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
}

/** The address the document came from, shown in full so it can be checked, opened in a new tab. */
export function OriginalLink({ url }: { url: string }) {
  const { t } = useI18n();
  return (
    <p class="reader-panel__original">
      <a href={url} target="_blank" rel="noopener noreferrer">
        {t('readerOpenOriginal')}
        <span class="sr-only"> {t('popupNewTab')}</span>
      </a>
      <br />
      <bdi class="reader-panel__url" dir="ltr">
        {url}
      </bdi>
    </p>
  );
}
