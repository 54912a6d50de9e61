import { useI18n } from '@/components/I18nContext';
import { ProblemNotice } from './ProblemNotice';
import { useSettings } from './SettingsContext';

/** Says, at the top of the page, that the settings could not be read or a change not saved. */
export function SettingsProblemNotice() {
  const { t } = useI18n();
  const { problem, dismissProblem } = useSettings();
  if (!problem) return null;
  const message = t(problem.kind === 'save' ? 'problemSettingsNotSaved' : 'problemSettingsNotRead', { detail: problem.detail });
  return (
    <ProblemNotice message={message} banner testId="settings-problem">
      <button type="button" class="button button--small" onClick={dismissProblem}>
        {t('problemDismiss')}
      </button>
    </ProblemNotice>
  );
}
