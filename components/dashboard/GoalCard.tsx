import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useSettings } from '@/components/ui/SettingsContext';
import { MAX_GOAL_MISSIONS } from '@/lib/settings';
import { formattersFor } from './format';

/** The optional personal goal (settings.goal): write to N missions, perhaps before a date. */
export function GoalCard({ missionsSent }: { missionsSent: number }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang, t);
  const { settings, update } = useSettings();
  const goal = settings.goal;
  const [editing, setEditing] = useState(false);
  const [missions, setMissions] = useState(String(goal?.missions ?? 10));
  const [by, setBy] = useState(goal?.by ?? '');

  if (!goal || editing) {
    return (
      <form
        class="dash-goal-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const n = Number(missions);
          if (!Number.isInteger(n) || n < 1) return;
          try {
            await update({ goal: { missions: Math.min(n, MAX_GOAL_MISSIONS), ...(by ? { by } : {}) } });
            setEditing(false);
          } catch {
            // The page says at the top that the goal was not saved; the form stays as typed.
          }
        }}
      >
        {!goal && <p class="dash-muted">{t('dashboardGoalNone')}</p>}
        <div class="dash-goal-form__fields">
          <div class="dash-field">
            <label for="goal-missions" class="dash-field__label">
              {t('dashboardGoalMissionsLabel')}
            </label>
            <input
              id="goal-missions"
              class="dash-input"
              type="number"
              min={1}
              max={MAX_GOAL_MISSIONS}
              required
              value={missions}
              onInput={(event) => setMissions(event.currentTarget.value)}
            />
          </div>
          <div class="dash-field">
            <label for="goal-by" class="dash-field__label">
              {t('dashboardGoalByLabel')}
            </label>
            <input id="goal-by" class="dash-input" type="date" value={by} onInput={(event) => setBy(event.currentTarget.value)} />
          </div>
        </div>
        <div class="dash-button-row">
          <button type="submit" class="dash-button dash-button--primary">
            {t('dashboardGoalSave')}
          </button>
          {goal && (
            <button type="button" class="dash-button" onClick={() => setEditing(false)}>
              {t('dashboardCancel')}
            </button>
          )}
        </div>
      </form>
    );
  }

  const done = Math.min(missionsSent, goal.missions);
  const percent = Math.round((done / goal.missions) * 100);
  return (
    <div class="dash-goal">
      <p id="goal-label" class="dash-goal__label">
        {t('dashboardGoalProgress', { done: f.number(missionsSent), target: f.number(goal.missions) })}
      </p>
      <div
        class="dash-progress"
        role="progressbar"
        aria-labelledby="goal-label"
        aria-valuemin={0}
        aria-valuemax={goal.missions}
        aria-valuenow={done}
        aria-valuetext={`${f.number(percent)}%`}
        data-testid="goal-progress"
      >
        <div class="dash-progress__bar" style={{ inlineSize: `${percent}%` }} />
      </div>
      {goal.by && <p class="dash-muted">{t('dashboardGoalBy', { date: f.date(new Date(`${goal.by}T00:00:00`).getTime()) })}</p>}
      {missionsSent >= goal.missions ? (
        <p class="dash-goal__reached">{t('dashboardGoalReached')}</p>
      ) : (
        <p class="dash-muted dash-small">{t('dashboardGoalCountsSent')}</p>
      )}
      <div class="dash-button-row">
        <button
          type="button"
          class="dash-button"
          onClick={() => {
            setMissions(String(goal.missions));
            setBy(goal.by ?? '');
            setEditing(true);
          }}
        >
          {t('dashboardGoalEdit')}
        </button>
        <button type="button" class="dash-button dash-button--quiet" onClick={() => void update({ goal: null }).catch(() => undefined)}>
          {t('dashboardGoalRemove')}
        </button>
      </div>
    </div>
  );
}
