import { usePageI18n } from './page-i18n';
import { formatRoute } from '@/lib/router';
import { langTagOf } from '@/lib/ui-language';
import { dataLanguageOf } from '@/lib/i18n/languages';
import { textLangAttrs } from '@/components/cases/text-attrs';
import { BidiText } from '@/components/cases/BidiText';
import { PageDateMessage } from './PageDateMessage';
import { readerPath } from '@/lib/reader/reader-address';
import { symbolPageUrl } from '@/lib/reader/un-documents';
import type { CardModel, CardReport } from './card-model';
import { CloseButton } from '@/components/page-ui/CloseButton';

export interface StateCardProps {
  model: CardModel;
  /** Opens one of our pages, e.g. "popup.html#/case/viasna", in a new tab. */
  onOpenPage: (path: string) => void;
  onClose: () => void;
}

function ReportRow({ report, onOpenPage }: { report: CardReport; onOpenPage: (path: string) => void }) {
  const { t, lang } = usePageI18n();
  const label = report.symbol ?? report.session;
  const notes = [
    report.partial ? t('cardReportPartial') : null,
    report.inferred ? t('cardReportInferred') : null,
    report.symbol && !report.symbolVerified ? t('cardReportUnverified') : null,
  ].filter((n): n is string => n !== null);
  return (
    <li class="report">
      <span class="year">{report.year}</span>
      {report.symbol ? (
        <a
          class="symbol"
          href={symbolPageUrl(report.symbol)}
          target="_blank"
          rel="noopener noreferrer"
          dir="ltr"
          onClick={(event) => {
            // The report opens in the extension's reader, marked; the address stays the UN's own.
            event.preventDefault();
            onOpenPage(readerPath({ src: symbolPageUrl(report.symbol!), lang: dataLanguageOf(lang) }));
          }}
        >
          {label}
          <span class="sr">{` ${t('cardOpensNewTab')}`}</span>
        </a>
      ) : (
        <span class="symbol" dir="ltr">{label}</span>
      )}
      {notes.length > 0 && (
        <span class="notes" title={report.inferred ?? undefined}>
          {notes.join(' · ')}
        </span>
      )}
    </li>
  );
}

export function StateCard({ model, onOpenPage, onClose }: StateCardProps) {
  const { t, lang, dir } = usePageI18n();
  const uiData = dataLanguageOf(lang);
  const headingId = `er-card-title-${model.iso2}`;
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby={headingId} dir={dir} lang={langTagOf(uiData)}>
      {/* A div, not a header: inside a dialog a header would be a second banner landmark for the page. */}
      <div class="head">
        <div>
          <p class="campaign">
            <bdi dir="ltr">{t('cardCampaign')}</bdi>
          </p>
          <h2 id={headingId} class="name">
            {model.name}
          </h2>
        </div>
        <CloseButton label={t('cardClose')} onClose={onClose} />
      </div>

      <div class="body">
        <section class="block" aria-labelledby={`${headingId}-cases`}>
          <h3 id={`${headingId}-cases`}>{t('cardCasesHeading')}</h3>
          {model.cases.length === 0 ? (
            <p class="muted">{t('cardNoCases')}</p>
          ) : (
            <ul class="cases">
              {model.cases.map((c) => (
                <li key={c.id} class="case">
                  <p class="case-title" {...textLangAttrs(c.title, uiData)}>
                    <BidiText text={c.title.text} lang={c.title.lang} />
                  </p>
                  <p class="summary" {...textLangAttrs(c.summary, uiData)}>
                    <BidiText text={c.summary.text} lang={c.summary.lang} />
                  </p>
                  {c.translated && <p class="translation-note">{t('caseTranslationNote')}</p>}
                  <p class="muted status" {...textLangAttrs(c.status.summary, uiData)}>
                    <strong class="status-as-of">
                      <PageDateMessage message="statusAsOfLine" date={c.status.asOf} />
                    </strong>{' '}
                    <BidiText text={c.status.summary.text} lang={c.status.summary.lang} />
                  </p>
                  {c.status.summary.translation && <p class="footnote status-note">{t('statusTranslationNote')}</p>}
                  <button type="button" class="link" onClick={() => onOpenPage(`popup.html${formatRoute({ name: 'case', caseId: c.id })}`)}>
                    {t('cardOpenCase')}
                    <span aria-hidden="true" class="arrow">{dir === 'rtl' ? ' ←' : ' →'}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section class="block" aria-labelledby={`${headingId}-reports`}>
          <h3 id={`${headingId}-reports`}>{t('cardReportsHeading')}</h3>
          {model.reports.length === 0 ? (
            <p class="muted">{t('cardNoReports')}</p>
          ) : (
            <ul class="reports">
              {model.reports.map((r) => (
                <ReportRow key={`${r.year}-${r.symbol ?? r.session}`} report={r} onOpenPage={onOpenPage} />
              ))}
            </ul>
          )}
          <p class="footnote">{t('cardListsIncomplete')}</p>
        </section>
      </div>

      <footer class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => onOpenPage(`popup.html${formatRoute({ name: 'letter', state: model.iso2, cases: null })}`)}
        >
          {t('cardWriteMission')}
        </button>
      </footer>
    </section>
  );
}
