import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18nContext';
import { STATES_PANEL_COMMAND } from '@/lib/platform/background/states-panel-command';
import { shortcutFromKeyPress } from '@/lib/shortcut';

const isMac = () => /Mac/.test(navigator.platform);

/** The page of the browser where extension shortcuts are changed (Chrome, Edge). */
function shortcutsPage(): string {
  return /\bEdg\//.test(navigator.userAgent) ? 'edge://extensions/shortcuts' : 'chrome://extensions/shortcuts';
}

/**
 * Shows the keyboard shortcut of "States on this page" and lets the user change it: in
 * Firefox here (commands.update), in Chrome and Edge on the browser's own shortcuts page,
 * which extensions may open but not change for the user.
 */
export function ShortcutSettings() {
  const { t } = useI18n();
  const [current, setCurrent] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // commands.update and commands.reset exist in Firefox only; the polyfill's types leave them out.
  const commands = browser.commands as typeof browser.commands & {
    update?: (detail: { name: string; shortcut: string }) => Promise<void>;
    reset?: (name: string) => Promise<void>;
  };
  const canUpdate = typeof commands?.update === 'function';

  // A browser without the commands API (or one that throws at once) shows "no shortcut".
  const load = () =>
    void Promise.resolve()
      .then(() => commands.getAll())
      .then((all) => setCurrent(all.find((c) => c.name === STATES_PANEL_COMMAND)?.shortcut ?? ''))
      .catch(() => setCurrent(''));
  useEffect(load, []);

  async function save(shortcut: string | null): Promise<void> {
    try {
      if (shortcut === null) await commands.reset!(STATES_PANEL_COMMAND);
      else await commands.update!({ name: STATES_PANEL_COMMAND, shortcut });
      const all = await commands.getAll();
      const saved = all.find((c) => c.name === STATES_PANEL_COMMAND)?.shortcut ?? '';
      setCurrent(saved);
      setDraft('');
      setMessage({ text: t('shortcutSaved', { keys: saved || t('shortcutNone') }), error: false });
    } catch (error) {
      setMessage({ text: t('shortcutFailed', { error: error instanceof Error ? error.message : String(error) }), error: true });
    }
  }

  return (
    <section class="shortcut-settings" aria-labelledby="opt-shortcut">
      <h3 id="opt-shortcut">{t('shortcutHeading')}</h3>
      <p class="field__hint">{t('shortcutIntro')}</p>
      <p>
        {t('shortcutCurrent')}{' '}
        {current === null ? '…' : current ? <kbd dir="ltr">{current}</kbd> : <span>{t('shortcutNone')}</span>}
      </p>
      {canUpdate ? (
        <form
          class="shortcut-settings__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft) void save(draft);
          }}
        >
          <label for="opt-shortcut-input" class="field__label">{t('shortcutInput')}</label>
          <input
            id="opt-shortcut-input"
            type="text"
            readOnly
            dir="ltr"
            value={draft}
            aria-describedby="opt-shortcut-hint"
            onKeyDown={(event) => {
              if (event.key === 'Tab' || (event.key === 'Escape' && !draft)) return;
              event.preventDefault();
              if (event.key === 'Backspace' || event.key === 'Escape') {
                setDraft('');
                return;
              }
              const shortcut = shortcutFromKeyPress(event, isMac());
              if (shortcut) setDraft(shortcut);
            }}
          />
          <p id="opt-shortcut-hint" class="field__hint">
            {t('shortcutInputHint')}
          </p>
          <div class="shortcut-settings__buttons">
            <button type="submit" class="button button--small" disabled={!draft}>
              {t('shortcutSave')}
            </button>
            <button type="button" class="button button--small" onClick={() => void save(null)}>
              {t('shortcutReset')}
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button type="button" class="button button--small" aria-describedby="opt-shortcut-change-hint" onClick={() => void browser.tabs.create({ url: shortcutsPage() })}>
            {t('shortcutChange')}
          </button>{' '}
          <span id="opt-shortcut-change-hint" class="field__hint">
            {t('shortcutChangeHint')}
          </span>
        </p>
      )}
      {message && (
        <p class={message.error ? 'field__error' : 'field__hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
