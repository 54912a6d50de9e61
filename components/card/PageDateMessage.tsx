import type { PageMessageKey } from '@/lib/i18n/page';
import { formatDate } from '@/lib/i18n/format-date';
import { usePageI18n } from './page-i18n';

const SLOT = '\u0000';

/**
 * DateMessage for the card and panel on UN pages: the same `{date}` message shown with a <time>,
 * read from the page catalogue (the full one is not in the content script).
 */
export function PageDateMessage({ message, date }: { message: PageMessageKey; date: string }) {
  const { t, lang } = usePageI18n();
  const [before = '', after = ''] = t(message, { date: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <time dateTime={date}>{formatDate(date, lang)}</time>
      {after}
    </>
  );
}
