import { it } from 'vitest';
import { suggestedPost } from '@/lib/share/post-text';
import { checkPostLength } from '@/lib/share/length';
import { composeLetter } from './compose';
it('print', () => {
  for (const lang of ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const) {
    for (const ids of ['all', ['jiang-tianyong'], ['venezuela-organisations']] as const) {
      const p = suggestedPost(ids === 'all' ? 'all' : [...ids], lang);
      console.log(`--- ${lang} ${ids} X=${checkPostLength('x', p).length}\n${p}`);
    }
  }
  console.log(composeLetter({ lang: 'en', state: 'DE', caseIds: [], sender: { name: 'Ana Pérez', organisation: '', place: 'Quito, Ecuador' } }).body);
  for (const lang of ['zh', 'fr', 'ru', 'ar', 'es'] as const) {
    const l = composeLetter({ lang, state: 'EG', caseIds: ['viasna', 'burundi-lawyers'], sender: { name: 'Ana', organisation: 'Org', place: '' } });
    console.log(`=== ${lang}\n${l.subject}\n${l.body}`);
  }
});
