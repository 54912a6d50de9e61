import { useI18n } from '@/components/I18nContext';
import type { DataLanguage } from '@/lib/data/schema';
import type { LetterVersion } from '@/lib/letters/compose';
import { directionOf } from '@/lib/i18n/languages';
import { langTagOf } from '@/lib/ui-language';

/**
 * The letter as it will be drafted, editable in its own language and direction: the subject, the
 * text, a reset to the suggested text once edited, the user's own paragraph, and the choice of
 * the full or the shorter version. Notes about translations stay here, never in the letter.
 */
export function LetterEditor({
  lang,
  subject,
  body,
  edited,
  onEdit,
  onReset,
  personal,
  onPersonal,
  version,
  onVersion,
  translated,
  englishFallback,
}: {
  lang: DataLanguage;
  subject: string;
  body: string;
  edited: boolean;
  onEdit: (text: { subject: string; body: string }) => void;
  onReset: () => void;
  personal: string;
  onPersonal: (text: string) => void;
  version: LetterVersion;
  onVersion: (version: LetterVersion) => void;
  translated: boolean;
  englishFallback: boolean;
}) {
  const { t } = useI18n();
  const dir = directionOf(lang);
  const tag = langTagOf(lang);
  return (
    <section class="letter-editor" aria-labelledby="preview-heading">
      <h2 id="preview-heading" class="section-title">
        {t('letterPreviewHeading')}
      </h2>
      <fieldset class="letter-editor__version">
        <legend class="field__label field__label--small">{t('letterVersionLegend')}</legend>
        {(['full', 'short'] as const).map((v) => (
          <label key={v} class="letter-editor__radio">
            <input type="radio" name="letter-version" value={v} checked={version === v} onChange={() => onVersion(v)} />
            {t(v === 'full' ? 'letterVersionFull' : 'letterVersionShort')}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="letter-subject" class="field__label field__label--small">
          {t('letterSubject')}
        </label>
        <input
          id="letter-subject"
          type="text"
          lang={tag}
          dir={dir}
          value={subject}
          data-testid="letter-subject"
          onInput={(e) => onEdit({ subject: e.currentTarget.value, body })}
        />
      </div>
      <div class="field">
        <label for="letter-body" class="field__label field__label--small">
          {t('letterBody')}
        </label>
        <textarea
          id="letter-body"
          class="letter-editor__body"
          lang={tag}
          dir={dir}
          rows={14}
          value={body}
          data-testid="letter-body"
          onInput={(e) => onEdit({ subject, body: e.currentTarget.value })}
        />
      </div>
      {edited && (
        <div class="letter-editor__edited">
          <span>{t('letterEdited')}</span>
          <button type="button" class="button button--small button--quiet" onClick={onReset}>
            {t('letterReset')}
          </button>
        </div>
      )}
      {translated && <p class="note">{t('letterTranslatedNote')}</p>}
      {englishFallback && <p class="note">{t('letterEnglishNote')}</p>}
      <div class="field">
        <label for="letter-personal" class="field__label field__label--small">
          {t('letterPersonalLabel')}
        </label>
        <textarea
          id="letter-personal"
          lang={tag}
          dir="auto"
          rows={3}
          value={personal}
          aria-describedby="letter-personal-hint"
          onInput={(e) => onPersonal(e.currentTarget.value)}
        />
        <p id="letter-personal-hint" class="field__hint">
          {t('letterPersonalHint')}
        </p>
      </div>
    </section>
  );
}
