import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { useViewFocus } from '@/components/popup/useViewFocus';
import { useSettings } from '@/components/ui/SettingsContext';
import { casesForState, getCases } from '@/lib/data';
import { stateByIso2 } from '@/lib/data/states';
import type { Letter } from '@/lib/letters/compose';
import { createQueue, currentItem, goTo, markOpened, markSent, next, skip, updateCurrent, type LetterQueue, type QueueItem } from '@/lib/letters/queue';
import { clearQueue, loadQueue, saveQueue } from '@/lib/platform/letter-queue-store';
import { resolveCases } from '@/lib/drafting/resolve-cases';
import { addPending, removePending } from '@/lib/platform/pending-confirmations';
import type { MailProvider } from '@/lib/settings';
import { markLetterSent, recordAction } from '@/lib/platform/store/actions';
import { resolveLetterLanguage } from '@/lib/ui-language';
import { CasePicker } from './CasePicker';
import { MissionChooser } from './MissionChooser';
import { NextMoment } from './NextMoment';
import { QueueLetter } from './QueueLetter';
import { useSender } from './SenderFields';

function sameCases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Letters to Permanent Missions, one or several in a row. Without a round under way it offers
 * the cases and the missions to choose (suggested ones first); with one, the current letter.
 * The round lives in session storage, so closing the popup (a mail tab opening) loses nothing
 * and the popup reopens on the same letter. The extension never sends mail.
 */
export function LetterFlow({ initialState, initialCases }: { initialState: string | null; initialCases: string[] | null }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const acted = useActedOn();
  const heading = useViewFocus<HTMLHeadingElement>();
  const allIds = useMemo(() => getCases().map((c) => c.id), []);
  const today = useMemo(() => new Date(), []);
  const defaultLang = resolveLetterLanguage(settings.letterLanguage, lang);

  const [queue, setQueueState] = useState<LetterQueue | null | undefined>(undefined);
  const [caseIds, setCaseIds] = useState(() => {
    const known = initialCases?.filter((id) => allIds.includes(id)) ?? [];
    return known.length > 0 ? known : allIds;
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [sender, setSender] = useSender();
  const [email, setEmail] = useState('');

  const setQueue = (q: LetterQueue | null) => {
    setQueueState(q);
    void (q ? saveQueue(q) : clearQueue());
  };

  useEffect(() => {
    let live = true;
    void loadQueue().then((stored) => {
      if (!live) return;
      const state = initialState && stateByIso2(initialState) ? initialState : null;
      if (!state) return setQueueState(stored);
      // From a State's card or page: its own cases if it has any (never all five pre-selected for it).
      const own = casesForState(state).map((c) => c.id);
      const ids = initialCases ? caseIds : own.length > 0 ? own : allIds;
      if (stored && currentItem(stored).iso2 === state && sameCases(stored.caseIds, ids)) return setQueueState(stored);
      setCaseIds(ids);
      setQueue(createQueue(ids, [{ iso2: state, lang: defaultLang }]));
    });
    return () => {
      live = false;
    };
  }, []);

  const iso2 = queue ? currentItem(queue).iso2 : null;
  useEffect(() => setEmail(iso2 ? (settings.missionEmails[iso2] ?? '') : ''), [iso2]);

  const update = (patch: Partial<QueueItem>) => queue && setQueue(updateCurrent(queue, patch));

  const onDrafted = async (provider: MailProvider, letter: Letter) => {
    if (!queue) return;
    const item = currentItem(queue);
    const ids = letter.roles.map((r) => r.case.id);
    const record = await recordAction({ kind: 'letter-drafted', cases: ids, state: item.iso2, channel: provider, language: item.lang });
    setQueue(markOpened(queue, record.id));
    await addPending({ actionId: record.id, kind: 'letter', state: item.iso2, channel: provider, createdAt: record.createdAt });
    await acted.refresh();
  };

  const onMarkSent = async () => {
    if (!queue) return;
    const { draftId } = currentItem(queue);
    if (!draftId) return;
    await markLetterSent(draftId);
    await removePending(draftId);
    setQueue(markSent(queue));
    await acted.refresh();
  };

  const chooseCases = (ids: string[]) => {
    setCaseIds(ids);
    if (queue) setQueue({ ...queue, caseIds: ids });
  };

  return (
    <section class="view composer" aria-labelledby="letter-heading">
      <h1 id="letter-heading" class="view__title" tabIndex={-1} ref={heading}>
        {t('popupWriteLetter')}
      </h1>
      <p class="view__lead">{t('letterIntro')}</p>
      <NextMoment today={today} />

      {queue !== undefined && (
        <div class="step">
          <CasePicker selected={queue ? queue.caseIds : caseIds} onChange={chooseCases} />
          {(queue ? queue.caseIds : caseIds).length === 0 && <p class="field__error">{t('letterChooseCase')}</p>}
        </div>
      )}

      {queue === null && (
        <MissionChooser
          cases={caseIds.length > 0 ? resolveCases(caseIds) : []}
          selected={selected}
          onChange={setSelected}
          today={today}
          onStart={() => setQueue(createQueue(caseIds, selected.map((s) => ({ iso2: s, lang: defaultLang }))))}
        />
      )}

      {queue && queue.caseIds.length > 0 && (
        <QueueLetter
          queue={queue}
          sender={sender}
          onSender={setSender}
          email={email}
          onEmail={setEmail}
          onItem={update}
          onGoTo={(i) => setQueue(goTo(queue, i))}
          onNext={() => setQueue(next(queue))}
          onSkip={() => setQueue(skip(queue))}
          onMarkSent={() => void onMarkSent()}
          onDrafted={onDrafted}
          today={today}
        />
      )}

      {queue && (
        <button
          type="button"
          class="button button--quiet queue__end"
          onClick={() => {
            setSelected(queue.items.map((i) => i.iso2));
            setQueue(null);
          }}
        >
          {t('queueEnd')}
        </button>
      )}
    </section>
  );
}
