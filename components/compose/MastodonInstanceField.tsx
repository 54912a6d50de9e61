import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useSettings } from '@/components/ui/SettingsContext';
import { normalizeMastodonInstance } from '@/lib/share/networks';

/**
 * Asks once for the user's Mastodon server (Mastodon has no central composer) and keeps it in
 * settings; afterwards shows it with a way to change it.
 */
export function MastodonInstanceField() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const saved = normalizeMastodonInstance(settings.mastodonInstance);
  const [editing, setEditing] = useState(!saved);
  const [input, setInput] = useState(settings.mastodonInstance);
  const [error, setError] = useState('');

  if (saved && !editing) {
    return (
      <p class="inline-setting">
        <span>{t('composeMastodonUsing', { instance: saved })}</span>{' '}
        <button type="button" class="button button--small button--quiet" onClick={() => setEditing(true)}>
          {t('composeMastodonChange')}
        </button>
      </p>
    );
  }

  const save = async (event: Event) => {
    event.preventDefault();
    const host = normalizeMastodonInstance(input);
    if (!host) {
      setError(t('composeMastodonInvalid'));
      return;
    }
    setError('');
    try {
      await update({ mastodonInstance: host });
      setEditing(false);
    } catch {
      // Not saved: said at the top of the page; the field stays open with what was typed.
    }
  };

  return (
    <form class="field field--boxed" onSubmit={save}>
      <label for="mastodon-instance" class="field__label">
        {t('composeMastodonLabel')}
      </label>
      <p id="mastodon-instance-hint" class="field__hint">
        {t('composeMastodonHint')}
      </p>
      <div class="field__inline">
        <input
          id="mastodon-instance"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          dir="ltr"
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'mastodon-instance-hint mastodon-instance-error' : 'mastodon-instance-hint'}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('composeMastodonSave')}
        </button>
      </div>
      {error && (
        <p id="mastodon-instance-error" class="field__error">
          {error}
        </p>
      )}
    </form>
  );
}
