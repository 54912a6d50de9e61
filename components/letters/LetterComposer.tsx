import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { useViewFocus } from '@/components/popup/useFocusHeading';
import { useSettings } from '@/components/ui/SettingsContext';
import { getCases } from '@/lib/data';
import { stateByIso2 } from '@/lib/data/states';
import { isPlausibleEmail } from '@/lib/email-address';
import { composeLetter } from '@/lib/letters/compose';
import type { MailProvider } from '@/lib/settings';
import { recordAction } from '@/lib/store/actions';
import { resolveLetterLanguage } from '@/lib/ui-language';
import { CasePicker } from './CasePicker';
import { ChosenState } from './ChosenState';
import { DraftButtons } from './DraftButtons';
import { isDataLanguage, LetterLanguageOptions } from './LetterLanguageSelect';
import { LetterPreview } from './LetterPreview';
import { MissionEmailField } from './MissionEmailField';
import { MissionPicker } from './MissionPicker';
import { SenderFields, useSender } from './SenderFields';

/**
 * A letter to a State's Permanent Mission in Geneva asking it to raise the chosen cases, drafted
 * in the user's own mail. The extension never sends mail.
 */
export function LetterComposer({ initialState, initialCases }: { initialState: string | null; initialCases: string[] | null }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const acted = useActedOn();
  const heading = useViewFocus<HTMLHeadingElement>();
  const allIds = useMemo(() => getCases().map((c) => c.id), []);

  const [caseIds, setCaseIds] = useState(() => {
    const known = initialCases?.filter((id) => allIds.includes(id)) ?? [];
    return known.length > 0 ? known : allIds;
  });
  const [iso2, setIso2] = useState(() => (initialState && stateByIso2(initialState) ? initialState : null));
  const [pickerFocus, setPickerFocus] = useState(false);
  const defaultLetterLang = resolveLetterLanguage(settings.letterLanguage, lang);
  const [letterLang, setLetterLang] = useState(defaultLetterLang);
  // Until the user picks a letter language here, it follows the settings and the UI language.
  const pickedLetterLang = useRef(false);
  useEffect(() => {
    if (!pickedLetterLang.current) setLetterLang(defaultLetterLang);
  }, [defaultLetterLang]);
  const [sender, setSender] = useSender();
  const [email, setEmail] = useState(() => (iso2 ? (settings.missionEmails[iso2] ?? '') : ''));

  const letter = useMemo(
    () => (iso2 && caseIds.length > 0 ? composeLetter({ lang: letterLang, state: iso2, caseIds, sender }) : null),
    [iso2, caseIds, letterLang, sender],
  );
  const blockedReason = !iso2 ? t('letterChooseState') : caseIds.length === 0 ? t('letterChooseCase') : '';

  const pick = (code: string) => {
    setIso2(code);
    setEmail(settings.missionEmails[code] ?? '');
  };

  const onDrafted = async (provider: MailProvider) => {
    if (!iso2) return;
    await recordAction({ kind: 'letter-drafted', cases: caseIds, state: iso2, channel: provider, language: letterLang });
    await acted.refresh();
  };

  return (
    <section class="view composer" aria-labelledby="letter-heading">
      <h1 id="letter-heading" class="view__title" tabIndex={-1} ref={heading}>
        {t('popupWriteLetter')}
      </h1>
      <p class="view__lead">{t('letterIntro')}</p>

      <div class="step">
        {iso2 ? (
          <ChosenState
            iso2={iso2}
            onChange={() => {
              setIso2(null);
              setPickerFocus(true);
            }}
          />
        ) : (
          <MissionPicker onPick={pick} autoFocus={pickerFocus} />
        )}
      </div>

      <div class="step">
        <CasePicker selected={caseIds} onChange={setCaseIds} />
      </div>

      <div class="step field">
        <label for="letter-language" class="field__label">
          {t('letterLanguageLabel')}
        </label>
        <select
          id="letter-language"
          value={letterLang}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (!isDataLanguage(value)) return;
            pickedLetterLang.current = true;
            setLetterLang(value);
          }}
        >
          <LetterLanguageOptions />
        </select>
      </div>

      <div class="step">
        <SenderFields value={sender} onInput={setSender} />
      </div>

      {iso2 && (
        <div class="step">
          <MissionEmailField iso2={iso2} value={email} onInput={setEmail} />
        </div>
      )}

      {letter && <LetterPreview subject={letter.subject} body={letter.body} lang={letterLang} />}

      <DraftButtons
        message={letter && { to: isPlausibleEmail(email) ? email.trim() : '', subject: letter.subject, body: letter.body }}
        preferred={settings.defaultMailProvider}
        blockedReason={blockedReason}
        onDrafted={onDrafted}
      />
    </section>
  );
}
