import { useI18n } from '@/components/I18nContext';
import { formatDate } from '@/lib/i18n/format-date';

/** A source date ("2016", "2016-12", "2016-11-21") shown at its own precision. */
export function DateText({ date, class: className }: { date: string; class?: string }) {
  const { lang } = useI18n();
  return (
    <time dateTime={date} class={className}>
      {formatDate(date, lang)}
    </time>
  );
}
