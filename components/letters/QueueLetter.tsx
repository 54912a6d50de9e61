import { useMemo } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ActedBadge } from '@/components/cases/ActedBadge';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { SelectField } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { dataLanguageOptions } from '@/components/ui/language-options';
import { useSettings } from '@/components/ui/SettingsContext';
import { getCases } from '@/lib/data';
import { stateByIso2, stateName } from '@/lib/data/states';
import { isPlausibleEmail } from '@/lib/email-address';
import { dataLanguageOf, type MessageKey } from '@/lib/i18n';
import { composeLetter, type Letter, type LetterSender } from '@/lib/letters/compose';
import { currentItem, progress, type LetterQueue, type QueueItem } from '@/lib/letters/queue';
import { resolveCases } from '@/lib/drafting/resolve-cases';
import type { MailProvider } from '@/lib/settings';
import { DraftButtons } from './DraftButtons';
import { LetterEditor } from './LetterEditor';
import { MissionEmailField } from './MissionEmailField';
import { SenderFields } from './SenderFields';

const STATUS_LABEL: Record<QueueItem['status'], MessageKey> = {
  pending: 'queueStatusPending',
  opened: 'queueStatusOpened',
  sent: 'queueStatusSent',
  skipped: 'queueStatusSkipped',
};

function roleNote(t: ReturnType<typeof useI18n>['t'], letter: Letter, state: string): string {
  if (letter.kind === 'responsible') return t('roleResponsible', { state });
  if (letter.kind === 'raised-before') {
    // Oldest first, as the letter cites them.
    const mentions = letter.roles.flatMap((r) => r.mentions).sort((a, b) => a.date.localeCompare(b.date));
    const sessions = [...new Set(mentions.map((m) => m.session))];
    return t('roleRaised', { state, sessions: sessions.join(', ') });
  }
  return t('roleThird', { state });
}

/**
 * The current letter of a round: to whom, in which language, what it asks (by the State's
 * role), the editable text, the sender and the address, where to draft it, and the round's
 * controls (sent, skip, next).
 */
export function QueueLetter({
  queue,
  sender,
  onSender,
  email,
  onEmail,
  onItem,
  onGoTo,
  onNext,
  onSkip,
  onMarkSent,
  onDrafted,
  today,
}: {
  queue: LetterQueue;
  sender: LetterSender;
  onSender: (s: LetterSender) => void;
  email: string;
  onEmail: (email: string) => void;
  onItem: (patch: Partial<QueueItem>) => void;
  onGoTo: (index: number) => void;
  onNext: () => void;
  onSkip: () => void;
  onMarkSent: () => void;
  onDrafted: (provider: MailProvider, letter: Letter) => Promise<void>;
  today: Date;
}) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const acted = useActedOn();
  const item = currentItem(queue);
  const state = stateByIso2(item.iso2)!;
  const name = stateName(state, dataLanguageOf(lang));
  const cases = useMemo(() => (queue.caseIds.length > 0 ? resolveCases(queue.caseIds) : getCases()), [queue.caseIds]);
  const base = { lang: item.lang, state: item.iso2, caseIds: queue.caseIds, cases, sender, personal: item.personal, today };
  const letter = useMemo(() => composeLetter({ ...base, version: item.version }), [item.lang, item.iso2, cases, sender, item.personal, item.version, today]);
  const shortLetter = useMemo(() => composeLetter({ ...base, version: 'short' }), [item.lang, item.iso2, cases, sender, item.personal, today]);
  const shown = item.edited ?? { subject: letter.subject, body: letter.body };
  const to = isPlausibleEmail(email) ? email.trim() : '';
  const p = progress(queue);
  const blocked = sender.name.trim() ? '' : t('letterNeedName');

  return (
    <div class="queue">
      <nav class="queue__nav" aria-label={t('queueMissionsNav')} hidden={queue.items.length === 1}>
        <p class="queue__progress" data-testid="queue-progress">
          <strong>{t('queueProgress', { n: queue.current + 1, total: queue.items.length })}</strong> · {t('queueCounts', { sent: p.sent, opened: p.opened, skipped: p.skipped })}
        </p>
        {queue.items.length > 1 && (
          <ol class="queue__items">
            {queue.items.map((it, i) => (
              <li key={it.iso2}>
                <button
                  type="button"
                  class={`queue__item queue__item--${it.status}`}
                  aria-current={i === queue.current ? 'step' : undefined}
                  onClick={() => onGoTo(i)}
                >
                  {stateName(stateByIso2(it.iso2)!, dataLanguageOf(lang))}
                  <span class="queue__status">{t(STATUS_LABEL[it.status])}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </nav>

      <div class="step">
        <p class="chosen-state__name" data-testid="chosen-state">
          {t('letterStateChosen', { state: name })}
          <ActedBadge count={acted.states[item.iso2] ?? 0} label={t('letterActedState', { count: acted.states[item.iso2] ?? 0 })} />
        </p>
        <p class="role-note" data-testid="role-note">
          {roleNote(t, letter, name)}
        </p>
      </div>

      <SelectField
        id="letter-language"
        class="step"
        label={t('letterLanguageLabel')}
        value={item.lang}
        options={dataLanguageOptions()}
        onChange={(lang) => onItem({ lang, edited: undefined })}
      />

      <div class="step">
        <SenderFields value={sender} onInput={onSender} />
      </div>

      <div class="step">
        <MissionEmailField iso2={item.iso2} value={email} onInput={onEmail} />
      </div>

      <LetterEditor
        lang={item.lang}
        subject={shown.subject}
        body={shown.body}
        edited={Boolean(item.edited)}
        onEdit={(text) => onItem({ edited: text })}
        onReset={() => onItem({ edited: undefined })}
        personal={item.personal}
        onPersonal={(text) => onItem({ personal: text })}
        version={item.version}
        onVersion={(version) => onItem({ version })}
        translated={letter.translated}
        englishFallback={letter.englishFallback}
      />

      <DraftButtons
        message={{ to, subject: shown.subject, body: shown.body }}
        shortMessage={item.edited || item.version === 'short' ? null : { to, subject: shortLetter.subject, body: shortLetter.body }}
        onUseShort={() => onItem({ version: 'short', edited: undefined })}
        preferred={settings.defaultMailProvider}
        blockedReason={blocked}
        onDrafted={(provider) => onDrafted(provider, letter)}
      />

      <div class="queue__controls">
        <button type="button" class="button button--primary" disabled={!item.draftId || item.status === 'sent'} onClick={onMarkSent} data-testid="mark-sent">
          {item.status === 'sent' ? t('queueStatusSent') : t('queueMarkSent')}
        </button>
        {queue.items.length > 1 && (
          <>
            <button type="button" class="button" onClick={onSkip} disabled={item.status === 'sent'}>
              {t('queueSkip')}
            </button>
            <button type="button" class="button" onClick={onNext}>
              {t('queueNext')}
            </button>
          </>
        )}
      </div>
      {p.finished && (
        <Notice tone="success">
          <p>{t('queueDone', { sent: p.sent, skipped: p.skipped })}</p>
        </Notice>
      )}
    </div>
  );
}
