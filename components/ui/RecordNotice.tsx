import { useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { actThenRecord, tryRecord, type RecordOutcome } from '@/lib/act-then-record';
import { Notice } from './Notice';
import { StatusMessage } from './StatusMessage';

type Shown = { outcome: RecordOutcome; retried: boolean } | null;

/**
 * Act first, record after, for a view: `act` runs (the post or draft opens) whatever happens to
 * the record; a failed record is kept so RecordNotice can say so and offer to try again.
 */
export function useActThenRecord() {
  const [shown, setShown] = useState<Shown>(null);
  const lastRecord = useRef<(() => Promise<unknown>) | null>(null);
  const perform = async <T,>(act: () => Promise<T>, record: () => Promise<unknown>) => {
    setShown(null);
    lastRecord.current = record;
    const result = await actThenRecord(act, record);
    setShown({ outcome: result.recorded, retried: false });
    return result;
  };
  const retry = async () => {
    if (!lastRecord.current) return;
    setShown({ outcome: await tryRecord(lastRecord.current), retried: true });
  };
  return { shown, perform, retry, clear: () => setShown(null) };
}

/**
 * Says that an action was done but not recorded, with the browser's reason, and offers to record
 * it again; `goTo` (e.g. the tab that was opened behind the popup) lets the user go on meanwhile.
 */
export function RecordNotice({
  shown,
  retry,
  goTo,
}: {
  shown: Shown;
  retry: () => Promise<void>;
  goTo?: { label: string; go: () => void };
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  if (!shown) return null;
  if (shown.outcome.ok) return shown.retried ? <StatusMessage message={t('recordSaved')} tone="success" /> : null;
  return (
    <Notice
      tone="warning"
      role="alert"
      class="record-notice"
      testId="record-notice"
      actions={
        <>
          <button
          type="button"
          class="button button--small"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await retry();
            setBusy(false);
          }}
        >
          {t('recordRetry')}
        </button>
          {goTo && (
            <button type="button" class="button button--small" onClick={goTo.go}>
              {goTo.label}
            </button>
          )}
        </>
      }
    >
      <p>{t('recordNotSaved', { detail: shown.outcome.detail })}</p>
    </Notice>
  );
}
