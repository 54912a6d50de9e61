import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { NETWORK_LABEL } from '@/lib/i18n/network-labels';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n';
import { listPending, removePending, type PendingConfirmation } from '@/lib/platform/pending-confirmations';
import type { SocialNetwork } from '@/lib/settings';
import { useActedOn } from './ActedOnContext';

/**
 * "Did it happen?": when the popup opens after a draft or a post was opened, it asks once, for
 * the oldest such action, whether the letter was sent or the post published. Yes records it;
 * not yet asks again next time; no forgets it. The answer is the user's; nothing is guessed.
 */
export function ConfirmPrompt() {
  const { t, lang } = useI18n();
  const acted = useActedOn();
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  const [stateNameOf, setStateNameOf] = useState<((iso2: string, lang: UiLanguage) => string) | null>(null);
  const [status, setStatus] = useState<{ message: string; tone: 'success' | 'error' }>({ message: '', tone: 'success' });

  useEffect(() => {
    void listPending()
      .then(async (list) => {
        const first = list[0] ?? null;
        // The States table is loaded only when a letter asks about its State: most popups ask nothing.
        if (first?.kind === 'letter') {
          const { stateByIso2, stateName } = await import('@/lib/data/states');
          setStateNameOf(() => (iso2: string, uiLang: UiLanguage) => {
            const state = stateByIso2(iso2);
            return state ? stateName(state, dataLanguageOf(uiLang)) : '';
          });
        }
        setPending(first);
      })
      .catch(() => setPending(null));
  }, []);

  if (!pending && !status.message) return null;

  const answer = async (choice: 'yes' | 'not-yet' | 'no') => {
    if (!pending) return;
    const current = pending;
    setPending(null);
    if (choice === 'not-yet') return;
    try {
      if (choice === 'yes') {
        const { markLetterSent, markPostPublished } = await import('@/lib/platform/store/actions');
        if (current.kind === 'letter') await markLetterSent(current.actionId);
        else await markPostPublished(current.actionId);
      }
      // Forgotten before the answer is shown: the popup may be closed as soon as it is read, and
      // the question must not come back.
      await removePending(current.actionId);
      if (choice === 'yes') {
        setStatus({ message: t(current.kind === 'letter' ? 'confirmRecordedSent' : 'confirmRecordedPosted'), tone: 'success' });
        await acted.refresh();
      }
    } catch (error) {
      // The action was deleted from the dashboard meanwhile: nothing left to confirm.
      await removePending(current.actionId);
      setStatus({ message: t('confirmFailed', { reason: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    }
  };

  const question = pending
    ? pending.kind === 'letter'
      ? t('confirmLetter', { state: pending.state && stateNameOf ? stateNameOf(pending.state, lang) : '' })
      : t('confirmPost', { network: t(NETWORK_LABEL[pending.channel as SocialNetwork]) })
    : '';

  return (
    <section class="confirm-prompt" aria-label={question || status.message} data-testid="confirm-prompt">
      {pending && (
        <>
          <p class="confirm-prompt__question">{question}</p>
          <div class="button-row">
            <button type="button" class="button button--primary button--small" onClick={() => void answer('yes')}>
              {t(pending.kind === 'letter' ? 'confirmYesSent' : 'confirmYesPosted')}
            </button>
            <button type="button" class="button button--small" onClick={() => void answer('not-yet')}>
              {t('confirmNotYet')}
            </button>
            <button type="button" class="button button--small button--quiet" onClick={() => void answer('no')}>
              {t('confirmNo')}
            </button>
          </div>
        </>
      )}
      <StatusMessage message={status.message} tone={status.tone} />
    </section>
  );
}
