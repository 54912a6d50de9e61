import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { useViewFocus } from '@/components/popup/useViewFocus';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { useSettings } from '@/components/ui/SettingsContext';
import { copyText } from '@/lib/platform/clipboard';
import { openTabBehind, showTab } from '@/lib/platform/open-tab';
import { RecordNotice, useActThenRecord } from '@/components/ui/RecordNotice';
import { getCase, getCases } from '@/lib/data';
import { caseTitle } from '@/lib/data/case-text';
import { errorDetail } from '@/lib/error-detail';
import { dataLanguageOf } from '@/lib/i18n';
import type { SocialNetwork } from '@/lib/settings';
import { checkPostLength } from '@/lib/share/length';
import { needsMastodonInstance, normalizeMastodonInstance, postUrl, sharesLinkOnly } from '@/lib/share/networks';
import { postLink, suggestedPost } from '@/lib/share/post-text';
import { recordAction } from '@/lib/platform/store/actions';
import { addPending } from '@/lib/platform/pending-confirmations';
import { langTagOf } from '@/lib/ui-language';
import { LengthMeter } from './LengthMeter';
import { MastodonInstanceField } from './MastodonInstanceField';
import { NETWORK_LABEL } from '@/lib/i18n/network-labels';
import { NetworkPicker } from './NetworkPicker';

/**
 * Writes a post about one case or all five and opens the chosen network's composer with it.
 * Nothing is posted from here: the user reviews and posts on the network's own page.
 */
export function PostComposer({ target }: { target: string }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const acted = useActedOn();
  const heading = useViewFocus<HTMLHeadingElement>();
  const dataLang = dataLanguageOf(lang);
  const single = target === 'all' ? undefined : getCase(target);
  const caseIds = useMemo(() => (single ? [single.id] : getCases().map((c) => c.id)), [single]);
  const suggestion = useMemo(() => suggestedPost(single ? [single.id] : 'all', dataLang), [single, dataLang]);

  const [network, setNetwork] = useState<SocialNetwork>(settings.defaultNetwork);
  const [text, setText] = useState(suggestion);
  // A new UI language brings a new suggestion; it replaces the text unless the user edited it.
  const lastSuggestion = useRef(suggestion);
  useEffect(() => {
    if (lastSuggestion.current === suggestion) return;
    setText((current) => (current === lastSuggestion.current ? suggestion : current));
    lastSuggestion.current = suggestion;
  }, [suggestion]);
  const [status, setStatus] = useState<{ message: string; tone: 'success' | 'error' | 'info' }>({ message: '', tone: 'info' });
  const { shown: recordShown, perform, retry } = useActThenRecord();
  const [openedTab, setOpenedTab] = useState<number | undefined>(undefined);

  const check = checkPostLength(network, text);
  const networkName = t(NETWORK_LABEL[network]);
  const instance = normalizeMastodonInstance(settings.mastodonInstance);
  const missingInstance = needsMastodonInstance(network) && !instance;
  const problem = !check.ok ? (text.trim() === '' ? t('composeEmpty') : t('composeTooLong', { network: networkName })) : '';

  const open = async () => {
    if (problem || missingInstance) return;
    let url: string;
    try {
      // LinkedIn takes only a link: the campaign's page for these cases, even if the text lost it.
      const link = sharesLinkOnly(network) ? postLink(single ? [single.id] : 'all') : undefined;
      url = postUrl(network, text, { mastodonInstance: instance ?? undefined, url: link });
    } catch {
      setStatus({ message: t('composeLinkOnly', { network: networkName }), tone: 'error' });
      return;
    }
    // The post opens whatever happens to the record. The tab opens behind the popup (moving to it
    // would close a toolbar popup and end this page) and is shown once the action is recorded;
    // if it was not, the popup stays to say so. One id per click: a retry records it once. The
    // record also leaves the "was it published?" question for the next time the popup opens.
    const id = crypto.randomUUID();
    let result;
    try {
      result = await perform(
        () => openTabBehind(url),
        async () => {
          const record = await recordAction({ id, kind: 'post', cases: caseIds, state: null, channel: network, language: dataLang });
          await addPending({ actionId: record.id, kind: 'post', state: null, channel: network, createdAt: record.createdAt });
          await acted.refresh();
        },
      );
    } catch (error) {
      setStatus({ message: t('openFailed', { target: networkName, detail: errorDetail(error) }), tone: 'error' });
      return;
    }
    const { acted: tabId, recorded } = result;
    setOpenedTab(tabId);
    setStatus({ message: t('composeOpened', { network: networkName }), tone: 'success' });
    if (recorded.ok && tabId !== undefined) await showTab(tabId).catch(() => undefined);
  };

  const copy = async () => {
    const ok = await copyText(text);
    setStatus(ok ? { message: t('composeCopied'), tone: 'success' } : { message: t('composeCopyFailed'), tone: 'error' });
  };

  return (
    <section class="view composer" aria-labelledby="post-heading">
      <h1 id="post-heading" class="view__title" tabIndex={-1} ref={heading}>
        {single ? t('composeHeadingCase', { name: caseTitle(single, dataLang).text }) : t('composeHeadingAll')}
      </h1>
      <p class="view__lead">{t('composeIntro')}</p>

      <NetworkPicker value={network} onChange={setNetwork} />
      {needsMastodonInstance(network) && <MastodonInstanceField />}

      <div class="field">
        <label for="post-text" class="field__label">
          {t('composeText')}
        </label>
        <textarea
          id="post-text"
          class="post-text"
          rows={8}
          lang={langTagOf(dataLang)}
          value={text}
          aria-describedby="post-length post-problem"
          aria-invalid={problem ? 'true' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <div class="field__below">
          <LengthMeter check={check} id="post-length" />
          {text !== suggestion && (
            <button type="button" class="button button--small button--quiet" onClick={() => setText(suggestion)}>
              {t('composeReset')}
            </button>
          )}
        </div>
        <p id="post-problem" class="field__error" hidden={!problem}>
          {problem}
        </p>
      </div>

      {sharesLinkOnly(network) && <p class="note">{t('composeLinkOnly', { network: networkName })}</p>}

      <div class="button-row">
        <button type="button" class="button button--primary" disabled={Boolean(problem) || missingInstance} onClick={open}>
          {t('composeOpenIn', { network: networkName })}
        </button>
        <button type="button" class="button" onClick={copy}>
          {t('composeCopy')}
        </button>
      </div>
      <StatusMessage message={status.message} tone={status.tone} />
      <RecordNotice
        shown={recordShown}
        retry={retry}
        goTo={openedTab === undefined ? undefined : { label: t('recordShowTab', { target: networkName }), go: () => void showTab(openedTab) }}
      />
    </section>
  );
}
