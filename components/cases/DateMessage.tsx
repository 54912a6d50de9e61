import { useI18n } from '@/components/I18nContext';
import type { MessageKey } from '@/lib/i18n';
import { DateText } from './DateText';

const SLOT = '\u0000';

/** A message with a `{date}` placeholder, the date shown as a <time> at its own precision. */
export function DateMessage({ message, date }: { message: MessageKey; date: string }) {
  const { t } = useI18n();
  const [before = '', after = ''] = t(message, { date: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <DateText date={date} />
      {after}
    </>
  );
}
