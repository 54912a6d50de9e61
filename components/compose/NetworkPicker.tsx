import { useI18n } from '@/components/I18nContext';
import { networksInOrder } from '@/lib/network-order';
import type { SocialNetwork } from '@/lib/settings';
import { sharesLinkOnly } from '@/lib/share/networks';
import { NETWORK_LABEL } from '@/lib/i18n/network-labels';

/** The networks as one radio group (arrow keys move within it, Tab leaves it). */
export function NetworkPicker({ value, onChange }: { value: SocialNetwork; onChange: (network: SocialNetwork) => void }) {
  const { t, lang } = useI18n();
  return (
    <fieldset class="chips">
      <legend class="field__label">{t('composeNetwork')}</legend>
      <div class="chips__row">
        {networksInOrder(lang).map((network) => (
          <label key={network} class={`chip${network === value ? ' chip--on' : ''}`}>
            <input
              type="radio"
              name="network"
              value={network}
              checked={network === value}
              onChange={() => onChange(network)}
              class="chip__input"
            />
            <span>{t(NETWORK_LABEL[network])}</span>
            {sharesLinkOnly(network) && <span class="chip__tag">{t('composeLinkOnlyTag')}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
