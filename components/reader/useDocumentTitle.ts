import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { pdfFileName } from '@/lib/reader/file-name';
import type { PdfSource } from '@/lib/reader/pdf-source';
import type { ReaderController } from './reader-controller';

/**
 * The tab's title: the document's symbol, else the title in its metadata, else its file name.
 * Returns the short title shown in the toolbar.
 */
export function useDocumentTitle(controller: ReaderController | null, source: PdfSource | null, ready: boolean): string | null {
  const { t } = useI18n();
  const [title, setTitle] = useState<string | null>(source?.symbol ?? null);
  useEffect(() => {
    if (!ready || !controller?.document || source?.symbol) return;
    void controller.document.getMetadata().then(
      ({ info }) => {
        const fromInfo = (info as { Title?: unknown } | null)?.Title;
        setTitle(typeof fromInfo === 'string' && fromInfo.trim() ? fromInfo.trim() : pdfFileName(null, source?.fetchUrl ?? ''));
      },
      () => setTitle(pdfFileName(null, source?.fetchUrl ?? '')),
    );
  }, [ready, controller, source]);
  useEffect(() => {
    document.title = title ? t('readerTitle', { title }) : t('readerName');
  }, [title, t]);
  return title;
}
