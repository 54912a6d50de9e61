import type { HTMLAttributes } from 'preact';
import { useI18n } from '@/components/I18nContext';
import type { CaseText } from '@/lib/data/case-text';
import { dataLanguageOf } from '@/lib/i18n';
import { BidiText } from './BidiText';
import { textLangAttrs } from '@/lib/i18n/text-lang-attrs';

type Tag = 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'strong' | 'blockquote' | 'li';

/** A case text already chosen for the UI language (see `lib/data/case-text.ts`), marked with its language. */
export function LocalizedCaseText({ value, as: As = 'span', ...rest }: { value: CaseText; as?: Tag } & Omit<HTMLAttributes<HTMLElement>, 'lang'>) {
  const { lang } = useI18n();
  return (
    <As {...(rest as object)} {...textLangAttrs(value, dataLanguageOf(lang))}>
      <BidiText text={value.text} lang={value.lang} />
    </As>
  );
}
