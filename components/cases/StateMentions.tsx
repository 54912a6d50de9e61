import { useI18n } from '@/components/I18nContext';
import type { CaseMention, Source } from '@/lib/data/schema';
import { DateText } from './DateText';
import { LocalizedText } from './LocalizedText';
import { SourceRefs } from './SourceRefs';
import { StateName } from './StateName';
import { WeakSourceMark } from './WeakSourceMark';

function SessionName({ session }: { session: string }) {
  const { t } = useI18n();
  const council = /^HRC(\d+)$/.exec(session);
  if (council) return <>{t('mentionSessionHrc', { n: council[1]! })}</>;
  const assembly = /^GA(\d+)-C3$/.exec(session);
  if (assembly) return <>{t('mentionSessionGa', { n: assembly[1]! })}</>;
  return <>{session}</>;
}

/** The public statements in which States named the case at the UN, newest first, with sources. */
export function StateMentions({ mentions, sources }: { mentions: CaseMention[]; sources: Source[] }) {
  const { t } = useI18n();
  const newestFirst = [...mentions].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section class="case-section" aria-labelledby="case-mentions">
      <h2 id="case-mentions">{t('mentionsHeading')}</h2>
      <p class="note">{t('mentionsIntro')}</p>
      <ol class="mentions">
        {newestFirst.map((m, i) => (
          <li key={`${m.session}-${m.states.join()}-${i}`} class="mention" data-session={m.session}>
            <p class="mention__head">
              <DateText date={m.date} class="mention__date" /> · <SessionName session={m.session} />
            </p>
            <p class="mention__states">
              {m.states.map((iso2, j) => (
                <span key={iso2}>
                  {j > 0 && t('caseSourceSeparator')}
                  <StateName iso2={iso2} class={iso2 === m.speaker ? 'mention__state mention__state--speaker' : 'mention__state'} />
                </span>
              ))}
              {m.group && <span class="mention__group"> ({m.group})</span>}
            </p>
            <LocalizedText as="p" text={m.text} class="mention__text" />
            {m.weakSourcesOnly && <WeakSourceMark />}
            <SourceRefs ids={m.sources} sources={sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
