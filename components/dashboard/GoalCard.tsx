import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { useSettings } from '@/components/ui/SettingsContext';
import { MAX_GOAL_MISSIONS } from '@/lib/settings';
import { formattersFor } from '@/lib/dashboard/format';

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
        class="goal-form"
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
        {!goal && <p class="muted">{t('dashboardGoalNone')}</p>}
        <div class="goal-form__fields">
          <div class="field">
            <label for="goal-missions" class="field__label">
              {t('dashboardGoalMissionsLabel')}
            </label>
            <input
              id="goal-missions"
              
              type="number"
              min={1}
              max={MAX_GOAL_MISSIONS}
              required
              value={missions}
              onInput={(event) => setMissions(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="goal-by" class="field__label">
              {t('dashboardGoalByLabel')}
            </label>
            <input id="goal-by" type="date" value={by} onInput={(event) => setBy(event.currentTarget.value)} />
          </div>
        </div>
        <div class="button-row">
          <button type="submit" class="button button--primary">
            {t('dashboardGoalSave')}
          </button>
          {goal && (
            <button type="button" class="button" onClick={() => setEditing(false)}>
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
    <div class="goal">
      <p id="goal-label" class="goal__label">
        {t('dashboardGoalProgress', { done: f.number(missionsSent), target: f.number(goal.missions) })}
      </p>
      <div
        class="progress-bar"
        role="progressbar"
        aria-labelledby="goal-label"
        aria-valuemin={0}
        aria-valuemax={goal.missions}
        aria-valuenow={done}
        aria-valuetext={`${f.number(percent)}%`}
        data-testid="goal-progress"
      >
        <div class="progress-bar__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      {goal.by && <p class="muted">{t('dashboardGoalBy', { date: f.date(new Date(`${goal.by}T00:00:00`).getTime()) })}</p>}
      {missionsSent >= goal.missions ? (
        <p class="goal__reached">{t('dashboardGoalReached')}</p>
      ) : (
        <p class="dashboard__note">{t('dashboardGoalCountsSent')}</p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button"
          onClick={() => {
            setMissions(String(goal.missions));
            setBy(goal.by ?? '');
            setEditing(true);
          }}
        >
          {t('dashboardGoalEdit')}
        </button>
        <button type="button" class="button button--danger-quiet" onClick={() => void update({ goal: null }).catch(() => undefined)}>
          {t('dashboardGoalRemove')}
        </button>
      </div>
    </div>
  );
}
