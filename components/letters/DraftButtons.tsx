import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { copyText } from '@/lib/platform/clipboard';
import { openTabBehind, showTab } from '@/lib/platform/open-tab';
import { RecordNotice, useActThenRecord } from '@/components/ui/RecordNotice';
import { errorDetail } from '@/lib/error-detail';
import { planMailCompose, subjectOnlyComposeUrl, type MailMessage } from '@/lib/mail/compose-url';
import { MAIL_PROVIDERS, type MailProvider } from '@/lib/settings';
import { MAIL_LABEL } from '@/lib/i18n/mail-labels';
import { Notice } from '@/components/ui/Notice';

type WebOrApp = Exclude<MailProvider, 'copy'>;
const OPENERS = MAIL_PROVIDERS.filter((p): p is WebOrApp => p !== 'copy');

/** Opens the draft; returns the tab it opened behind the popup (none for the mail app). */
async function openCompose(url: string): Promise<number | undefined> {
  // mailto: hands the draft to the system's mail app; a tab for it would stay empty.
  if (url.startsWith('mailto:')) {
    location.href = url;
    return undefined;
  }
  return openTabBehind(url);
}

/**
 * Where to draft the letter: each mail service's compose page, the mail app, or the clipboard.
 * The whole letter goes in the link when it fits the provider's limit (lib/mail/url-limits.ts);
 * otherwise the shorter version is offered where it fits, or the letter is copied and the draft
 * opens with recipient and subject, with one instruction: paste. The draft opens first;
 * `onDrafted` records the action after, and a failed record is said and can be retried. The tab
 * opens behind the popup and is shown once the action is recorded.
 */
export function DraftButtons({
  message,
  shortMessage,
  onUseShort,
  preferred,
  blockedReason,
  onDrafted,
}: {
  message: MailMessage | null;
  /** The shorter version, offered when the letter does not fit a link and it does. */
  shortMessage: MailMessage | null;
  onUseShort: () => void;
  preferred: MailProvider;
  blockedReason: string;
  onDrafted: (provider: MailProvider) => Promise<void>;
}) {
  const { t } = useI18n();
  const [tooLong, setTooLong] = useState<WebOrApp | null>(null);
  const [status, setStatus] = useState<{ message: string; tone: 'success' | 'error' | 'info' }>({ message: '', tone: 'info' });
  const { shown: recordShown, perform, retry } = useActThenRecord();
  const [opened, setOpened] = useState<{ tabId: number; provider: WebOrApp } | null>(null);
  const ordered = [...OPENERS].sort((a, b) => Number(b === preferred) - Number(a === preferred));
  const label = (provider: MailProvider) => t(MAIL_LABEL[provider]);
  // A changed letter (another mission, the short version) needs a new decision.
  useEffect(() => setTooLong(null), [message?.body, message?.subject]);

  /** Opens the draft, then records it; says `done` once it opened. */
  const draftThenRecord = async (provider: WebOrApp, url: string, done: string) => {
    let result;
    try {
      result = await perform(() => openCompose(url), () => onDrafted(provider));
    } catch (error) {
      setStatus({ message: t('openFailed', { target: label(provider), detail: errorDetail(error) }), tone: 'error' });
      return;
    }
    const { acted: tabId, recorded } = result;
    setOpened(tabId === undefined ? null : { tabId, provider });
    setStatus({ message: done, tone: 'success' });
    if (recorded.ok && tabId !== undefined) await showTab(tabId).catch(() => undefined);
  };

  const draftIn = async (provider: WebOrApp) => {
    if (!message) return;
    const plan = planMailCompose(provider, message);
    if (plan.bodyOnClipboard || !plan.url) {
      setTooLong(provider);
      setStatus({ message: '', tone: 'info' });
      return;
    }
    setTooLong(null);
    await draftThenRecord(provider, plan.url, t('letterOpenedWhole', { provider: label(provider) }));
  };

  const copyAndOpen = async (provider: WebOrApp) => {
    if (!message) return;
    const ok = await copyText(message.body);
    if (!ok) return setStatus({ message: t('letterCopyFailed'), tone: 'error' });
    await draftThenRecord(provider, subjectOnlyComposeUrl(provider, message), t('letterPasteInstruction', { provider: label(provider) }));
  };

  const copyAll = async () => {
    if (!message) return;
    const ok = await copyText(`${message.subject}\n\n${message.body}`);
    if (!ok) return setStatus({ message: t('letterCopyFailed'), tone: 'error' });
    setOpened(null);
    setStatus({ message: t('letterCopiedAll'), tone: 'success' });
    await perform(
      async () => undefined,
      () => onDrafted('copy'),
    ).catch(() => undefined);
  };

  const shortFits = tooLong !== null && shortMessage !== null && !planMailCompose(tooLong, shortMessage).bodyOnClipboard;
  const disabled = !message || blockedReason !== '';
  return (
    <section class="draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading" class="section-title">
        {t('letterDraftHeading')}
      </h2>
      {blockedReason && <p class="field__error">{blockedReason}</p>}
      <div class="button-grid">
        {ordered.map((provider) => (
          <button
            key={provider}
            type="button"
            class={`button${provider === preferred ? ' button--primary' : ''}`}
            disabled={disabled}
            onClick={() => void draftIn(provider)}
          >
            {t('letterDraftIn', { provider: label(provider) })}
          </button>
        ))}
        <button type="button" class={`button${preferred === 'copy' ? ' button--primary' : ''}`} disabled={disabled} onClick={() => void copyAll()}>
          {t('mailCopy')}
        </button>
      </div>
      {tooLong && (
        <Notice
          tone="warning"
          role="alert"
          actions={
            <>
              {shortFits && (
                <button type="button" class="button" onClick={onUseShort}>
                  {t('letterUseShort')}
                </button>
              )}
              <button type="button" class="button button--primary" onClick={() => void copyAndOpen(tooLong)}>
                {t('letterCopyAndOpen', { provider: label(tooLong) })}
              </button>
            </>
          }
        >
          <p>{t('letterTooLongFor', { provider: label(tooLong) })}</p>
        </Notice>
      )}
      <StatusMessage message={status.message} tone={status.tone} />
      <RecordNotice
        shown={recordShown}
        retry={retry}
        goTo={opened ? { label: t('recordShowTab', { target: label(opened.provider) }), go: () => void showTab(opened.tabId) } : undefined}
      />
    </section>
  );
}
