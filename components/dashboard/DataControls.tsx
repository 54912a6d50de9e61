import { useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { errorDetail } from '@/lib/error-detail';
import { actionsCsv } from '@/lib/export/csv';
import { downloadText } from '@/lib/platform/download';
import { envelopeJson, exportFileName } from '@/lib/export/export-json';
import { importErrorMap, type ImportProblem } from '@/lib/export/import';
import { importFile } from '@/lib/platform/store/export-import';
import type { MessageKey, Translate } from '@/lib/i18n';
import { countActions, deleteEverything, listActions } from '@/lib/platform/store/actions';
import { ConfirmDialog } from './Dialog';
import { formattersFor, type Formatters } from '@/lib/dashboard/format';
import { useLiveQuery } from './use-live-query';
import { zodErrorMap } from '@/lib/i18n/zod-errors';

type Message = { tone: 'success' | 'error'; text: string } | null;

function problemText(t: Translate, problem: ImportProblem, number: (n: number) => string): string {
  if (problem.code === 'too-large') {
    const mb = (bytes: number) => number(Math.round((bytes / 1024 / 1024) * 10) / 10);
    return t('dashboardImportTooLarge', { size: mb(problem.bytes), limit: mb(problem.limit) });
  }
  if (problem.code === 'not-json') return t('dashboardImportNotJson', { detail: problem.detail });
  const main = t('dashboardImportInvalid', { path: problem.path, detail: problem.detail });
  return problem.more ? `${main} ${t('dashboardImportMore', { more: number(problem.more) })}` : main;
}

/** Timing of export and import, read by the benchmark (scripts/bench/dashboard.ts). */
function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return work().finally(() => performance.measure(name, { start, end: performance.now() }));
}

/** Which operation failed, said in the UI language with the browser's reason. */
const FAILED: Record<'export' | 'import' | 'delete', MessageKey> = {
  export: 'dashboardExportFailed',
  import: 'dashboardImportFailed',
  delete: 'dashboardDeleteFailed',
};

function importMessages(t: Translate, f: Formatters, lang: Parameters<typeof zodErrorMap>[0]) {
  return importErrorMap(zodErrorMap(lang), (min, max) => t('dashboardImportTimeRange', { from: f.date(min), to: f.date(max) }));
}

/**
 * Export (JSON, CSV), import (JSON, merged by id), and deleting the whole record. Always on the
 * page, even when the record cannot be read: that is when a user needs them most.
 */
export function DataControls({ generation, onDatabaseReplaced }: { generation: number; onDatabaseReplaced: () => void }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang, t);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deletingAllRef = useRef(false);
  // Unknown (null) while loading or when the count cannot be read: then nothing is disabled.
  const counted = useLiveQuery(countActions, [generation]);
  const total = counted.failed ? null : (counted.value ?? null);
  const empty = total === 0;

  const run = async (operation: keyof typeof FAILED, work: () => Promise<Message>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ tone: 'error', text: t(FAILED[operation], { detail: errorDetail(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'json' | 'csv') =>
    run('export', () =>
      measured(`er-export-${format}`, async () => {
        const actions = await listActions();
        const now = new Date();
        if (format === 'json') downloadText(exportFileName('json', now), envelopeJson(actions, now), 'application/json');
        else downloadText(exportFileName('csv', now), actionsCsv(actions), 'text/csv;charset=utf-8');
        return { tone: 'success', text: t('dashboardExported', { count: f.number(actions.length) }) };
      }),
    );

  return (
    <div class="data-controls">
      <div class="button-row">
        <button type="button" class="button" disabled={busy || empty} onClick={() => exportAs('json')}>
          {t('dashboardExportJson')}
        </button>
        <button type="button" class="button" disabled={busy || empty} onClick={() => exportAs('csv')}>
          {t('dashboardExportCsv')}
        </button>
        <span class="file-button">
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            class="file-button__input"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              void run('import', () =>
                measured('er-import', async () => {
                  const result = await importFile(file, importMessages(t, f, lang));
                  if (!result.ok) return { tone: 'error', text: problemText(t, result.problem, f.number) };
                  return {
                    tone: 'success',
                    text: t('dashboardImported', { added: f.number(result.added), present: f.number(result.alreadyPresent) }),
                  };
                }),
              );
            }}
          />
          <label for="import-file" class="button">
            {busy ? t('dashboardImporting') : t('dashboardImport')}
          </label>
        </span>
        <button
          type="button"
          class="button button--danger-outline"
          disabled={busy || empty}
          onClick={() => {
            deletingAllRef.current = false;
            setConfirming(true);
          }}
        >
          {t('dashboardDeleteAll')}
        </button>
      </div>
      <p
        class={`dashboard__message${message ? ` dashboard__message--${message.tone}` : ''}`}
        role="status"
        aria-live="polite"
        data-testid="data-message"
        data-tone={message?.tone}
      >
        {message?.text}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t('dashboardDeleteAllTitle')}
          body={total === null ? t('dashboardDeleteAllBodyUnknown') : t('dashboardDeleteAllBody', { count: f.number(total) })}
          confirmLabel={t('dashboardDeleteAll')}
          testId="delete-all-dialog"
          // The buttons that need actions are disabled once everything is deleted; stay in this section.
          returnFocusTo={() => (deletingAllRef.current ? document.getElementById('data-heading') : null)}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            deletingAllRef.current = true;
            setConfirming(false);
            void run('delete', async () => {
              // When the record cannot be cleared, the whole database is removed instead.
              if ((await deleteEverything()) === null) onDatabaseReplaced();
              return { tone: 'success', text: t('dashboardDeletedAll') };
            });
          }}
        />
      )}
    </div>
  );
}
