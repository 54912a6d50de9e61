import type { HTMLAttributes } from 'preact';
import { useI18n } from '@/components/I18nContext';
import { localized } from '@/lib/data';
import type { CampaignText } from '@/lib/data/schema';
import { dataLanguageOf } from '@/lib/i18n';
import { BidiText } from './BidiText';
import { textLangAttrs } from '@/lib/i18n/text-lang-attrs';

type Tag = 'span' | 'p' | 'h1' | 'h2' | 'strong' | 'blockquote' | 'li';

/**
 * Campaign text in the UI's data language; where no translation exists the English text is shown
 * and marked lang="en" (and left-to-right) so it is read and laid out as English.
 */
export function LocalizedText({ text, as: As = 'span', ...rest }: { text: CampaignText; as?: Tag } & Omit<HTMLAttributes<HTMLElement>, 'lang'>) {
  const { lang } = useI18n();
  const wanted = dataLanguageOf(lang);
  const shown = localized(text, wanted);
  return (
    <As {...(rest as object)} {...textLangAttrs(shown, wanted)}>
      <BidiText text={shown.text} lang={shown.lang} />
    </As>
  );
}
