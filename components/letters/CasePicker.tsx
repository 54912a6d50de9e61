import { useI18n } from '@/components/I18nContext';
import { LocalizedCaseText } from '@/components/cases/LocalizedCaseText';
import { StateName } from '@/components/cases/StateName';
import { getCases } from '@/lib/data';
import { caseTitle } from '@/lib/data/case-text';
import { dataLanguageOf } from '@/lib/i18n';

/** Checkboxes for the cases a letter raises. */
export function CasePicker({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const { t, lang } = useI18n();
  const cases = getCases();
  const toggle = (id: string, on: boolean) =>
    // Keep the campaign's order whatever order the boxes are ticked in.
    onChange(cases.map((c) => c.id).filter((caseId) => (caseId === id ? on : selected.includes(caseId))));
  return (
    <fieldset class="checks">
      <legend class="field__label">{t('letterCasesLegend')}</legend>
      {cases.map((c) => (
        <label key={c.id} class="check">
          <input type="checkbox" checked={selected.includes(c.id)} onChange={(event) => toggle(c.id, event.currentTarget.checked)} />
          <span class="check__text">
            <LocalizedCaseText value={caseTitle(c, dataLanguageOf(lang))} class="check__title" />
            <StateName iso2={c.state} class="check__meta" />
          </span>
        </label>
      ))}
    </fieldset>
  );
}
