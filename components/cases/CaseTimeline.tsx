import type { CaseEvent, Source, StatusUpdate } from '@/lib/data/schema';
import { DateText } from './DateText';
import { LocalizedText } from './LocalizedText';
import { SourceRefs } from './SourceRefs';
import { WeakSourceMark } from './WeakSourceMark';

/** Dated events (what happened, later updates) in order, each with its sources. */
export function CaseTimeline({ events, sources }: { events: Array<CaseEvent | StatusUpdate>; sources: Source[] }) {
  return (
    <ol class="timeline">
      {events.map((event, i) => (
        <li key={`${event.date}-${i}`} class="timeline__item">
          <DateText date={event.date} class="timeline__date" />
          <LocalizedText as="p" text={event.text} class="timeline__text" />
          {'weakSourcesOnly' in event && event.weakSourcesOnly && <WeakSourceMark />}
          <SourceRefs ids={event.sources} sources={sources} />
        </li>
      ))}
    </ol>
  );
}
