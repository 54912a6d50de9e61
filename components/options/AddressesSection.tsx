import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { StatusMessage } from '@/components/ui/StatusMessage';
import { useSettings } from '@/components/ui/SettingsContext';
import { downloadText } from '@/lib/platform/download';
import { addressesCsv, parseAddressesCsv } from '@/lib/letters/addresses-csv';
import { BLUE_BOOK_URL, MISSIONS_PAGE_URL } from '@/lib/letters/missions';
import { MissionAddresses } from './MissionAddresses';

/**
 * The mission addresses the user saved: the list, with a box to paste many (MissionAddresses);
 * export as CSV for an organiser to hand to volunteers, import such a file. Imported rows add to (and replace, State by State) what is saved; rows
 * that cannot be read are listed by line and nothing else is lost.
 */
export function AddressesSection({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [status, setStatus] = useState<{ message: string; tone: 'success' | 'error' | 'info' }>({ message: '', tone: 'info' });
  const count = Object.values(settings.missionEmails).filter((e) => e.trim()).length;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { addresses, rejected } = parseAddressesCsv(await file.text());
      await update({ missionEmails: { ...settings.missionEmails, ...addresses } });
      const parts = [t('addressesImported', { count: Object.keys(addresses).length })];
      if (rejected.length > 0) parts.push(t('addressesRejected', { lines: rejected.map((r) => r.line).join(', ') }));
      setStatus({ message: parts.join(' '), tone: rejected.length > 0 ? 'info' : 'success' });
    } catch (error) {
      setStatus({ message: t('addressesImportError', { reason: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    }
  };

  return (
    <section class="options__section" aria-labelledby="opt-addresses">
      <h2 id="opt-addresses" class="section-title">
        {t('addressesHeading')}
      </h2>
      <p class="field__hint">{t('addressesIntro')}</p>
      <p class="field__hint">
        <ExternalLink href={MISSIONS_PAGE_URL}>{t('missionsListPage')}</ExternalLink> · <ExternalLink href={BLUE_BOOK_URL}>{t('letterBlueBook')}</ExternalLink>
      </p>
      <MissionAddresses onSaved={onSaved} />
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={count === 0}
          onClick={() => downloadText('mission-addresses.csv', addressesCsv(settings.missionEmails), 'text/csv;charset=utf-8')}
        >
          {t('addressesExport')}
        </button>
        <button type="button" class="button" onClick={() => document.getElementById('addresses-file')?.click()}>
          {t('addressesImport')}
        </button>
        <input
          id="addresses-file"
          class="sr-only"
          type="file"
          accept=".csv,text/csv"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      <StatusMessage message={status.message} tone={status.tone} />
    </section>
  );
}
