import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useSettings } from '@/components/ui/SettingsContext';
import type { MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';

type Sender = Settings['sender'];
const FIELDS: Array<{ key: keyof Sender; label: MessageKey; autoComplete: string }> = [
  { key: 'name', label: 'letterSenderName', autoComplete: 'name' },
  { key: 'organisation', label: 'letterSenderOrganisation', autoComplete: 'organization' },
  { key: 'place', label: 'letterSenderPlace', autoComplete: 'address-level2' },
];

/**
 * Who signs the letter. Typing updates the preview at once; the values are remembered in the
 * settings when a field is left.
 */
export function SenderFields({
  value,
  onInput,
  onSaved,
  idPrefix = 'sender',
  legendHidden = false,
}: {
  value: Sender;
  onInput: (sender: Sender) => void;
  onSaved?: () => void;
  idPrefix?: string;
  /** For pages where a heading right above already says what the fields are. */
  legendHidden?: boolean;
}) {
  const { t } = useI18n();
  const { update } = useSettings();
  return (
    <fieldset class="fields">
      <legend class={legendHidden ? 'sr-only' : 'field__label'}>{t('letterSenderLegend')}</legend>
      <div class="fields__grid">
        {FIELDS.map(({ key, label, autoComplete }) => (
          <div class="field" key={key}>
            <label for={`${idPrefix}-${key}`} class="field__label field__label--small">
              {t(label)}
            </label>
            <input
              id={`${idPrefix}-${key}`}
              type="text"
              autoComplete={autoComplete}
              value={value[key]}
              onInput={(event) => onInput({ ...value, [key]: event.currentTarget.value })}
              onChange={(event) => void update({ sender: { ...value, [key]: event.currentTarget.value.trim() } }).then(() => onSaved?.())}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Sender state for a form, starting from what the settings remember. */
export function useSender(): [Sender, (sender: Sender) => void] {
  const { settings } = useSettings();
  return useState<Sender>(settings.sender);
}
