import { useI18n } from '@/components/I18nContext';
import { useSettings } from '@/components/ui/SettingsContext';
import { canRedirectPdfs } from '@/lib/reader/redirect-rules';
import type { Settings } from '@/lib/settings';

/** The options page's switch for opening PDFs from UN sites in the reader (off unless chosen). */
export function ReaderOptions({ save }: { save: (patch: Partial<Settings>) => Promise<void> }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const supported = canRedirectPdfs(import.meta.env.FIREFOX === true, navigator.userAgent);
  return (
    <section class="options__section" aria-labelledby="opt-reader">
      <h2 id="opt-reader" class="section-title">
        {t('optionsReaderSection')}
      </h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={supported && settings.openUnPdfsInReader}
          disabled={!supported}
          aria-describedby="opt-reader-hint"
          onChange={(event) => void save({ openUnPdfsInReader: event.currentTarget.checked })}
        />
        <span>{t('optionsReaderAuto')}</span>
      </label>
      <p id="opt-reader-hint" class="field__hint">
        {supported ? t('optionsReaderAutoHint') : t('optionsReaderUnavailable')}
      </p>
    </section>
  );
}
