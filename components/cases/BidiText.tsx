import { bidiRuns } from '@/lib/bidi-runs';
import type { DataLanguage } from '@/lib/data/schema';

/**
 * A text in `lang`; in Arabic, each Latin-script run (a name kept in its Latin spelling) is wrapped
 * in <bdi> so that the spaces and punctuation around it keep the right-to-left order.
 */
export function BidiText({ text, lang }: { text: string; lang: DataLanguage }) {
  if (lang !== 'ar') return <>{text}</>;
  return (
    <>
      {bidiRuns(text).map((run, i) => (run.latin ? <bdi key={i}>{run.text}</bdi> : run.text))}
    </>
  );
}
