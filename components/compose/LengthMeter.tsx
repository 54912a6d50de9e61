import { useI18n } from '@/components/I18nContext';
import type { PostLengthCheck } from '@/lib/share/length';

/** How much room is left, as the network counts it; announced politely while typing. */
export function LengthMeter({ check, id }: { check: PostLengthCheck; id: string }) {
  const { t } = useI18n();
  const over = check.remaining !== null && check.remaining < 0;
  const text =
    check.remaining === null
      ? t('composeNoLimit', { count: check.length })
      : over
        ? t('composeOver', { count: -check.remaining })
        : t('composeRemaining', { count: check.remaining });
  const ratio = check.limit ? Math.min(1, check.length / check.limit) : 0;
  return (
    <div class={`meter${over ? ' meter--over' : ''}`}>
      {check.limit !== null && (
        <span class="meter__bar" aria-hidden="true">
          <span class="meter__fill" style={{ inlineSize: `${ratio * 100}%` }} />
        </span>
      )}
      <span id={id} class="meter__text" aria-live="polite">
        {text}
      </span>
    </div>
  );
}
