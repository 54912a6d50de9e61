import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { copyText } from '@/components/ui/clipboard';
import { openInNewTab } from '@/components/ui/open-tab';
import { planMailCompose, subjectOnlyComposeUrl, type MailMessage } from '@/lib/mail/compose-url';
import { MAIL_PROVIDERS, type MailProvider } from '@/lib/settings';
import { MAIL_LABEL } from './mail-labels';

type WebOrApp = Exclude<MailProvider, 'copy'>;
const OPENERS = MAIL_PROVIDERS.filter((p): p is WebOrApp => p !== 'copy');

async function openCompose(url: string): Promise<void> {
  // mailto: hands the draft to the system's mail app; a tab for it would stay empty.
  if (url.startsWith('mailto:')) location.href = url;
  else await openInNewTab(url);
}

/**
 * Where to draft the letter: each mail service's compose page, the mail app, or the clipboard.
 * The whole letter goes in the link when it fits the provider's limit (lib/mail/url-limits.ts);
 * otherwise the shorter version is offered where it fits, or the letter is copied and the draft
 * opens with recipient and subject, with one instruction: paste. `onDrafted` records the action
 * and runs before anything opens (opening a tab closes the popup).
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
  const ordered = [...OPENERS].sort((a, b) => Number(b === preferred) - Number(a === preferred));
  const label = (provider: MailProvider) => t(MAIL_LABEL[provider]);
  // A changed letter (another mission, the short version) needs a new decision.
  useEffect(() => setTooLong(null), [message?.body, message?.subject]);

  const draftIn = async (provider: WebOrApp) => {
    if (!message) return;
    const plan = planMailCompose(provider, message);
    if (plan.bodyOnClipboard || !plan.url) {
      setTooLong(provider);
      setStatus({ message: '', tone: 'info' });
      return;
    }
    setTooLong(null);
    await onDrafted(provider);
    setStatus({ message: t('letterOpenedWhole', { provider: label(provider) }), tone: 'success' });
    await openCompose(plan.url);
  };

  const copyAndOpen = async (provider: WebOrApp) => {
    if (!message) return;
    const ok = await copyText(message.body);
    if (!ok) return setStatus({ message: t('letterCopyFailed'), tone: 'error' });
    await onDrafted(provider);
    setStatus({ message: t('letterPasteInstruction', { provider: label(provider) }), tone: 'success' });
    await openCompose(subjectOnlyComposeUrl(provider, message));
  };

  const copyAll = async () => {
    if (!message) return;
    const ok = await copyText(`${message.subject}\n\n${message.body}`);
    if (!ok) return setStatus({ message: t('letterCopyFailed'), tone: 'error' });
    await onDrafted('copy');
    setStatus({ message: t('letterCopiedAll'), tone: 'success' });
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
        <div class="callout" role="alert">
          <p>{t('letterTooLongFor', { provider: label(tooLong) })}</p>
          <div class="button-row">
            {shortFits && (
              <button type="button" class="button" onClick={onUseShort}>
                {t('letterUseShort')}
              </button>
            )}
            <button type="button" class="button button--primary" onClick={() => void copyAndOpen(tooLong)}>
              {t('letterCopyAndOpen', { provider: label(tooLong) })}
            </button>
          </div>
        </div>
      )}
      <StatusMessage message={status.message} tone={status.tone} />
    </section>
  );
}
