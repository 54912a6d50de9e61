import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { useSettings } from '@/components/ui/SettingsContext';
import { isPlausibleEmail } from '@/lib/email-address';
import { BLUE_BOOK_URL, MISSIONS_PAGE_URL } from '@/lib/letters/missions';

/**
 * The mission's address, pasted by the user (we ship none) and optionally saved for the State so
 * the next letter to it is addressed already.
 */
export function MissionEmailField({ iso2, value, onInput }: { iso2: string; value: string; onInput: (email: string) => void }) {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [message, setMessage] = useState('');
  const invalid = value.trim() !== '' && !isPlausibleEmail(value);
  const saved = settings.missionEmails[iso2] === value.trim() && value.trim() !== '';

  const save = async (event: Event) => {
    event.preventDefault();
    if (invalid || !value.trim()) return;
    await update({ missionEmails: { ...settings.missionEmails, [iso2]: value.trim() } });
    setMessage(t('letterEmailSaved'));
  };

  return (
    <form class="field" onSubmit={save}>
      <label for="mission-email" class="field__label">
        {t('letterEmailLabel')}
      </label>
      <p id="mission-email-hint" class="field__hint">
        {t('letterEmailHint')} <ExternalLink href={MISSIONS_PAGE_URL}>{t('missionsListPage')}</ExternalLink> · <ExternalLink href={BLUE_BOOK_URL}>{t('letterBlueBook')}</ExternalLink>
      </p>
      <div class="field__inline">
        <input
          id="mission-email"
          type="email"
          dir="ltr"
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? 'mission-email-hint mission-email-error' : 'mission-email-hint'}
          onInput={(event) => {
            onInput(event.currentTarget.value);
            setMessage('');
          }}
        />
        <button type="submit" class="button" disabled={invalid || !value.trim() || saved}>
          {t('letterEmailSave')}
        </button>
      </div>
      <p id="mission-email-error" class="field__error" hidden={!invalid}>
        {t('letterEmailInvalid')}
      </p>
      <p class="field__ok" role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
