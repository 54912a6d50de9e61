import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useSettings } from '@/components/ui/SettingsContext';
import { STATES, stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';
import { parseMissionAddressLines } from '@/lib/mission-address-lines';

/**
 * The mission addresses the user saved (we ship none): how many, the list with a way to remove
 * each, and a box to paste many at once ("FR name@example.org", one per line). A failed save is
 * said at the top of the page (SettingsProblemNotice) and keeps the pasted text.
 */
export function MissionAddresses({ onSaved }: { onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { settings, update } = useSettings();
  const [text, setText] = useState('');
  const [notUnderstood, setNotUnderstood] = useState<number[]>([]);
  const [open, setOpen] = useState(false);
  const dataLang = dataLanguageOf(lang);
  const saved = useMemo(
    () =>
      Object.entries(settings.missionEmails)
        .map(([iso2, email]) => ({ iso2, email, name: stateByIso2(iso2) ? stateName(stateByIso2(iso2)!, dataLang) : iso2 }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [settings.missionEmails, dataLang, lang],
  );
  const number = new Intl.NumberFormat(lang);

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseMissionAddressLines(text, STATES);
    setNotUnderstood(parsed.notUnderstood);
    if (Object.keys(parsed.addresses).length === 0) return;
    try {
      await update({ missionEmails: { ...settings.missionEmails, ...parsed.addresses } });
    } catch {
      return;
    }
    // What was saved leaves the box; lines that were not understood stay there to be fixed.
    const lines = text.split(/\r\n|\r|\n/);
    setText(parsed.notUnderstood.map((n) => lines[n - 1]).join('\n'));
    setNotUnderstood(parsed.notUnderstood.map((_, i) => i + 1));
    onSaved();
  };

  const remove = async (iso2: string) => {
    const { [iso2]: _removed, ...rest } = settings.missionEmails;
    try {
      await update({ missionEmails: rest });
      onSaved();
    } catch {
      // Said at the top of the page.
    }
  };

  return (
    <div class="mission-addresses">
      <p class="field__hint">{t('optionsMissionsIntro')}</p>
      <p class="mission-addresses__count" data-testid="mission-address-count" data-count={saved.length}>
        {t('optionsMissionsCount', { count: number.format(saved.length) })}
      </p>
      {saved.length > 0 && (
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('optionsMissionsShow')}</summary>
          {open && (
            <div class="mission-addresses__scroll" tabIndex={0} role="region" aria-label={t('optionsMissionsShow')}>
              <table class="mission-addresses__table" data-testid="mission-address-list">
                <thead>
                  <tr>
                    <th scope="col">{t('optionsMissionsColState')}</th>
                    <th scope="col">{t('optionsMissionsColAddress')}</th>
                    <td />
                  </tr>
                </thead>
                <tbody>
                  {saved.map(({ iso2, email, name }) => (
                    <tr key={iso2} data-iso2={iso2}>
                      <th scope="row" id={`mission-${iso2}`}>
                        {name}
                      </th>
                      <td dir="ltr">{email}</td>
                      <td>
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          aria-describedby={`mission-${iso2}`}
                          onClick={() => void remove(iso2)}
                        >
                          {t('optionsMissionsRemove')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
      <form class="field" onSubmit={add}>
        <label for="mission-lines" class="field__label">
          {t('optionsMissionsPasteLabel')}
        </label>
        <p id="mission-lines-hint" class="field__hint">
          {t('optionsMissionsPasteHint')} <code dir="ltr">FR name@example.org</code>{' · '}
          {/* The State's name in the reader's language; each example keeps its own direction. */}
          <code dir="auto">{`${stateName(stateByIso2('FR')!, dataLang)}; name@example.org`}</code>
        </p>
        <textarea
          id="mission-lines"
          rows={4}
          dir="auto"
          spellcheck={false}
          value={text}
          aria-describedby={notUnderstood.length > 0 ? 'mission-lines-hint mission-lines-error' : 'mission-lines-hint'}
          aria-invalid={notUnderstood.length > 0 ? 'true' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="mission-lines-error" class="field__error" hidden={notUnderstood.length === 0}>
          {t('optionsMissionsNotUnderstood', { lines: notUnderstood.map((n) => number.format(n)).join(', ') })}
        </p>
        <div class="button-row">
          <button type="submit" class="button" disabled={text.trim() === ''}>
            {t('optionsMissionsSave')}
          </button>
        </div>
      </form>
    </div>
  );
}
