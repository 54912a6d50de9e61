import { Fragment } from 'preact';
import { useI18n } from '@/components/I18nContext';
import { getReports } from '@/lib/data';
import { dataLanguageOf } from '@/lib/i18n';
import { readerPath } from '@/lib/reader/reader-address';
import { symbolPageUrl } from '@/lib/reader/un-documents';

/**
 * "Included in the Secretary-General's reports on reprisals: 2017, 2018": each year whose report
 * has a symbol opens that report in the reader, in the interface language.
 */
export function SgReportLinks({ years }: { years: readonly number[] }) {
  const { t, lang } = useI18n();
  const reports = getReports();
  // The sentence is translated with a {years} slot; the links go where the slot is.
  const [before = '', after = ''] = t('caseSgReports', { years: '\u0000' }).split('\u0000');
  return (
    <p class="note sg-report-links">
      {before}
      {years.map((year, i) => {
        const report = reports.find((r) => r.year === year && r.symbol);
        const separator = i > 0 ? ', ' : '';
        if (!report?.symbol) return `${separator}${year}`;
        const href = `/${readerPath({ src: symbolPageUrl(report.symbol), lang: dataLanguageOf(lang) })}`;
        return (
          <Fragment key={year}>
            {separator}
            <a href={href} target="_blank" rel="noopener noreferrer" title={t('readerOpenReport', { symbol: report.symbol })}>
              {year}
              <span class="sr-only">
                {' '}
                {t('readerOpenReport', { symbol: report.symbol })}
                {report.symbolVerified ? '' : ` (${t('cardReportUnverified')})`} {t('popupNewTab')}
              </span>
            </a>
          </Fragment>
        );
      })}
      {after}
    </p>
  );
}
