import type { CaseEvent, SeedCorrection, Source, StatusUpdate } from '@/lib/data/schema';
import { CorrectionNote } from './CorrectionNote';
import { DateText } from './DateText';
import { LocalizedText } from './LocalizedText';
import { SourceRefs } from './SourceRefs';
import { WeakSourceMark } from './WeakSourceMark';

/**
 * Dated events (what happened, later updates) in order, each with its sources; `corrections` maps
 * the position of an event to the correction of the campaign text it shows.
 */
export function CaseTimeline({
  events,
  sources,
  corrections,
}: {
  events: Array<CaseEvent | StatusUpdate>;
  sources: Source[];
  corrections?: ReadonlyMap<number, SeedCorrection>;
}) {
  return (
    <ol class="timeline">
      {events.map((event, i) => {
        const correction = corrections?.get(i);
        return (
          <li key={`${event.date}-${i}`} class="timeline__item">
            <DateText date={event.date} class="timeline__date" />
            <LocalizedText as="p" text={event.text} class="timeline__text" />
            {'weakSourcesOnly' in event && event.weakSourcesOnly && <WeakSourceMark />}
            <SourceRefs ids={event.sources} sources={sources} />
            {correction && <CorrectionNote correction={correction} sources={sources} />}
          </li>
        );
      })}
    </ol>
  );
}
