import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { getCases } from '@/lib/data';
import { caseTitle } from '@/lib/data/case-text';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';
import { countActions, deleteAction, listActions, markLetterSent, sentDraftIds, setNote, type ActionRecord } from '@/lib/platform/store/actions';
import { ConfirmDialog } from './Dialog';
import { formattersFor } from '@/lib/dashboard/format';
import { channelLabel, kindLabel } from '@/lib/dashboard/labels';
import { NoteDialog } from './NoteDialog';
import { useLiveQueryOrThrow } from './use-live-query';
import { isoTimeOrRaw } from '@/lib/actions/time';
import { errorDetail } from '@/lib/error-detail';

export const PAGE_SIZE = 20;

/**
 * The history, newest first, one page at a time: only the rows on screen are read, so a
 * history of 100,000 actions costs what 20 do. Shown as its own section once there is anything.
 */
export function ActionList({ announce }: { announce: (message: string) => void }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang, t);
  const dataLang = dataLanguageOf(lang);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<ActionRecord | null>(null);
  const [deleting, setDeleting] = useState<ActionRecord | null>(null);
  const deletedRef = useRef(false);

  const [problem, setProblem] = useState('');
  // A change that fails is said next to the list and announced; the list stays as it was.
  const change = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setProblem('');
      announce(done);
    } catch (error) {
      const text = t('dashboardChangeFailed', { detail: errorDetail(error) });
      setProblem(text);
      announce(text);
    }
  };
  const data = useLiveQueryOrThrow(async () => {
    const [total, rows] = await Promise.all([countActions(), listActions({ offset: page * PAGE_SIZE, limit: PAGE_SIZE })]);
    const sent = await sentDraftIds(rows.filter((r) => r.kind === 'letter-drafted').map((r) => r.id));
    return { total, rows, sent };
  }, [page], 'er-dashboard-list');

  const total = data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  useEffect(() => {
    if (page > lastPage) setPage(lastPage);
  }, [page, lastPage]);

  if (!data || total === 0) return null;

  const titles = new Map(getCases().map((c) => [c.id, caseTitle(c, dataLang).text]));
  const nameOf = (iso2: string) => {
    const state = stateByIso2(iso2);
    return state ? stateName(state, dataLang) : iso2;
  };
  const listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  const from = page * PAGE_SIZE + 1;
  const to = page * PAGE_SIZE + data.rows.length;

  return (
    <section class="dashboard__section" aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1}>
        {t('dashboardListHeading')}
      </h2>
      {problem && (
        <p class="dashboard__message dashboard__message--error" data-testid="list-problem">
          {problem}
        </p>
      )}
      <div class="table-scroll">
        <table class="data-table" data-testid="action-list">
          <thead>
            <tr>
              <th scope="col">{t('dashboardColDate')}</th>
              <th scope="col">{t('dashboardColAction')}</th>
              <th scope="col">{t('dashboardColCases')}</th>
              <th scope="col">{t('dashboardColMission')}</th>
              <th scope="col">{t('dashboardColNote')}</th>
              <th scope="col">{t('dashboardColManage')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((action) => {
              const rowLabelId = `action-${action.id}`;
              const via = [channelLabel(t, action.channel), f.languageName(action.language)].filter(Boolean).join(' · ');
              return (
                <tr key={action.id} data-id={action.id} data-kind={action.kind}>
                  <td class="action-list__date">
                    <time dateTime={isoTimeOrRaw(action.createdAt)}>{f.dateTime(action.createdAt)}</time>
                  </td>
                  <th scope="row" id={rowLabelId}>
                    <span class={`action-list__kind action-list__kind--${action.kind}`}>{kindLabel(t, action.kind)}</span>
                    <span class="action-list__via">{via}</span>
                  </th>
                  <td>{listFormat.format(action.cases.map((id) => titles.get(id) ?? id))}</td>
                  <td>{action.state ? nameOf(action.state) : ''}</td>
                  <td class="action-list__note">{action.note}</td>
                  <td>
                    <div class="action-list__manage">
                      {action.kind === 'letter-drafted' &&
                        (data.sent.has(action.id) ? (
                          <span class="tag tag--ok">{t('dashboardSentBadge')}</span>
                        ) : (
                          <button
                            type="button"
                            class="button button--small button--primary"
                            aria-describedby={rowLabelId}
                            onClick={() => void change(() => markLetterSent(action.id), t('dashboardMarkedSent'))}
                          >
                            {t('dashboardMarkSent')}
                          </button>
                        ))}
                      <button
                        type="button"
                        class="button button--small"
                        aria-describedby={rowLabelId}
                        onClick={() => setEditing(action)}
                      >
                        {t('dashboardEditNote')}
                      </button>
                      <button
                        type="button"
                        class="button button--small button--danger-quiet"
                        aria-describedby={rowLabelId}
                        onClick={() => {
                          deletedRef.current = false;
                          setDeleting(action);
                        }}
                      >
                        {t('dashboardDelete')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label={t('dashboardPagination')}>
        <button type="button" class="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('dashboardNewer')}
        </button>
        <p class="pager__range" aria-live="polite" data-testid="page-range">
          {t('dashboardPageRange', { from: f.number(from), to: f.number(to), total: f.number(total) })}
        </p>
        <button type="button" class="button" disabled={page >= lastPage} onClick={() => setPage(page + 1)}>
          {t('dashboardOlder')}
        </button>
      </nav>
      {editing && (
        <NoteDialog
          initial={editing.note ?? ''}
          onCancel={() => setEditing(null)}
          onSave={(note) => {
            setEditing(null);
            void change(() => setNote(editing.id, note), t('dashboardNoteSaved'));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('dashboardDeleteOneTitle')}
          body={t('dashboardDeleteOneBody')}
          confirmLabel={t('dashboardDelete')}
          testId="delete-one-dialog"
          // Once deleted, the row and its button are gone; continue from the list's heading.
          returnFocusTo={() => (deletedRef.current ? document.getElementById('list-heading') : null)}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            deletedRef.current = true;
            setDeleting(null);
            void change(() => deleteAction(deleting.id), t('dashboardDeleted'));
          }}
        />
      )}
    </section>
  );
}
