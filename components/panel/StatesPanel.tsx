import { langTagOf } from '@/lib/ui-language';
import { dataLanguageOf } from '@/lib/i18n/languages';
import { textLangAttrs } from '@/lib/i18n/text-lang-attrs';
import { usePageI18n } from '@/components/card/page-i18n';
import { sessionLabel } from '@/lib/state-brief/session-label';
import type { PanelState } from '@/lib/state-brief/panel-model';
import { CloseButton } from '@/components/page-ui/CloseButton';
import { pageList } from '@/lib/reader/page-list';

/** Where the reader is among one State's mentions. */
export interface PanelPosition {
  iso2: string;
  /** 1-based. */
  n: number;
  total: number;
  /** The words around the mention, for screen readers. */
  context: string;
}

/** Wording for a document rather than a web page (the reader's); each replaces the page's own. */
export interface PanelTexts {
  title?: string;
  noStates?: string;
  markingOff?: string;
  /** Label of the pages that name a State ("Pages:"). */
  pages?: string;
}

export interface StatesPanelProps {
  states: PanelState[];
  markingOn: boolean;
  /** The State whose entry has the focus stop (roving focus). */
  active: string | null;
  position: PanelPosition | null;
  texts?: PanelTexts;
  /** A line under the keys, e.g. how much of a document has been read so far. */
  note?: string | null;
  onActivate: (iso2: string) => void;
  onStep: (iso2: string, delta: 1 | -1) => void;
  onClose: () => void;
}

const TITLE_ID = 'er-panel-title';

/** What the panel says of one State: the cases it is responsible for, those it raised and where, the reports that named it. */
function StateDetails({ state }: { state: PanelState }) {
  const { t, lang } = usePageI18n();
  const dataLang = dataLanguageOf(lang);
  const summary = state.summary;
  if (!summary) return null;
  return (
    <>
      <p>
        <span class="label">{t('panelCases')}</span>{' '}
        {summary.responsibleFor.length === 0
          ? t('panelNoCases')
          : summary.responsibleFor.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? '; ' : ''}
                <span {...textLangAttrs(c.title, dataLang)}>{c.title.text}</span>
              </span>
            ))}
      </p>
      {summary.raised.length > 0 && (
        <p class="raised">
          <span class="label">{t('panelRaised')}</span>{' '}
          {summary.raised.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? '; ' : ''}
              <span {...textLangAttrs(c.title, dataLang)}>{c.title.text}</span> ({c.sessions.map((code) => sessionLabel(code, t)).join(', ')})
            </span>
          ))}
        </p>
      )}
      <p>
        <span class="label">{t('panelReports')}</span>{' '}
        {summary.reportYears.length === 0 ? t('panelNoReports') : <bdi dir="ltr">{summary.reportYears.join(', ')}</bdi>}
      </p>
    </>
  );
}
const KEYS_ID = 'er-panel-keys';

/**
 * "States on this page": the keyboard and screen-reader way to every mark. Up and down move
 * between States; the arrow that points forward in the reading direction goes to the State's
 * next mention (it is scrolled into view, selected, and its card opens), the other to the
 * previous one.
 */
export function StatesPanel({ states, markingOn, active, position, texts = {}, note = null, onActivate, onStep, onClose }: StatesPanelProps) {
  const { t, lang, dir } = usePageI18n();
  const dataLang = dataLanguageOf(lang);
  const activeIso2 = active ?? states[0]?.iso2 ?? null;

  function onListKey(event: KeyboardEvent): void {
    const buttons = Array.from((event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.state-button'));
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const iso2 = buttons[index]!.dataset.iso2!;
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, buttons.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === forward || event.key === back) {
      event.preventDefault();
      onStep(iso2, event.key === forward ? 1 : -1);
      return;
    } else return;
    event.preventDefault();
    buttons[next]!.focus();
    onActivate(buttons[next]!.dataset.iso2!);
  }

  return (
    <section class="panel" role="dialog" aria-modal="true" aria-labelledby={TITLE_ID} aria-describedby={KEYS_ID} dir={dir} lang={langTagOf(dataLang)}>
      <div class="panel-head">
        <h2 id={TITLE_ID} class="panel-title">
          {texts.title ?? t('panelTitle')}
        </h2>
        <CloseButton label={t('cardClose')} onClose={onClose} />
      </div>
      <p id={KEYS_ID} class="keys">
        {t('panelKeys')}
      </p>
      {note && <p class="muted panel-note">{note}</p>}
      {!markingOn ? (
        <p class="muted panel-empty">{texts.markingOff ?? t('panelMarkingOff')}</p>
      ) : states.length === 0 ? (
        <p class="muted panel-empty">{texts.noStates ?? t('panelNoStates')}</p>
      ) : (
        <ul class="states" onKeyDown={onListKey}>
          {states.map((s) => {
            const isActive = s.iso2 === activeIso2;
            const detailsId = `er-panel-${s.iso2}-details`;
            const here = position && position.iso2 === s.iso2 ? position : null;
            return (
              <li key={s.iso2} class={isActive ? 'state active' : 'state'}>
                <button
                  type="button"
                  class="state-button"
                  data-iso2={s.iso2}
                  tabIndex={isActive ? 0 : -1}
                  aria-describedby={detailsId}
                  onFocus={() => onActivate(s.iso2)}
                  onClick={() => onStep(s.iso2, 1)}
                >
                  <span class="state-name">
                    {s.name}
                    {s.summary?.link && <span class={`badge badge-${s.summary.link}`}>{t(s.summary.link === 'responsible' ? 'cardLinkResponsible' : 'cardLinkRaised')}</span>}
                  </span>
                  <span class="count">{t('panelMentions', { count: s.mentions })}</span>
                </button>
                <div id={detailsId} class="details">
                  {s.pages && s.pages.length > 0 && (
                    <p class="pages">
                      <span class="label">{texts.pages}</span> <bdi dir="ltr">{pageList(s.pages)}</bdi>
                    </p>
                  )}
                  <StateDetails state={s} />
                </div>
                {isActive && (
                  <div class="steps">
                    <button type="button" class="step" onClick={() => onStep(s.iso2, -1)}>
                      {t('panelPrevious')}
                    </button>
                    <span class="where" aria-hidden="true">
                      {here ? `${here.n} / ${here.total}` : `– / ${s.mentions}`}
                    </span>
                    <button type="button" class="step" onClick={() => onStep(s.iso2, 1)}>
                      {t('panelNext')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="sr" role="status" aria-live="polite">
        {position ? `${t('panelPosition', { n: position.n, total: position.total })}: ${position.context}` : ''}
      </p>
    </section>
  );
}
