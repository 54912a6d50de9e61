import { useI18n } from '@/components/I18nContext';
import type { MessageKey } from '@/lib/i18n';
import type { PersonSituation } from '@/lib/data/schema';

const LABEL: Record<PersonSituation, MessageKey> = {
  detained: 'situationDetained',
  'on-trial': 'situationOnTrial',
  released: 'situationReleased',
  'released-with-restrictions': 'situationReleasedWithRestrictions',
  'in-exile': 'situationInExile',
  'under-restrictions': 'situationUnderRestrictions',
  unknown: 'situationUnknown',
};

/** Held, free, or free only in part: the colour repeats what the words say, never replaces them. */
const TONE: Record<PersonSituation, 'held' | 'restricted' | 'free' | 'unknown'> = {
  detained: 'held',
  'on-trial': 'held',
  released: 'free',
  'released-with-restrictions': 'restricted',
  'in-exile': 'restricted',
  'under-restrictions': 'restricted',
  unknown: 'unknown',
};

export function SituationBadge({ situation }: { situation: PersonSituation }) {
  const { t } = useI18n();
  return (
    <span class={`situation situation--${TONE[situation]}`} data-situation={situation}>
      {t(LABEL[situation])}
    </span>
  );
}
