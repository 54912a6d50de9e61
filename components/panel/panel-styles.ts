/**
 * The panel's stylesheet, in the same shadow root as the card's (components/card/card-styles.ts,
 * whose .close, .muted and .sr rules it shares). The panel sits at the inline end of the
 * viewport, above the page and below the card.
 */
export const PANEL_CSS = `
.panel-frame { position: fixed; top: 16px; right: 16px; z-index: 2147483646; }
.panel-frame[data-dir="rtl"] { right: auto; left: 16px; }
.panel {
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 32px); max-height: calc(100vh - 32px);
  display: flex; flex-direction: column; overflow: hidden;
  font: 400 var(--text-sm)/1.45 var(--font-sans); color-scheme: light dark;
  color: var(--color-ink); background: var(--color-surface); text-align: start;
  border: 1px solid var(--color-line); border-radius: var(--radius-lg);
  box-shadow: var(--shadow-overlay);
}
.panel-head {
  display: flex; align-items: center; justify-content: space-between; gap: var(--space-2); flex: none;
  padding: var(--space-3) var(--space-3-5) var(--space-2); border-bottom: 1px solid var(--color-line-soft); background: linear-gradient(180deg, var(--color-brand-soft), var(--color-surface));
}
.panel-title { margin: 0; font-size: var(--text-xl); font-weight: 650; color: var(--color-heading); }
.keys { margin: 0; padding: var(--space-2) var(--space-3-5); font-size: var(--text-xs); color: var(--color-ink-muted); border-bottom: 1px solid var(--color-line-soft); flex: none; }
.panel-empty { padding: var(--space-3) var(--space-3-5); }
.panel-note { margin: 0; padding: var(--space-1-5) var(--space-3-5); font-size: var(--text-xs); border-bottom: 1px solid var(--color-line-soft); flex: none; }
.states { list-style: none; margin: 0; padding: var(--space-1-5); overflow: auto; overscroll-behavior: contain; flex: 1 1 auto; }
.state { border-radius: var(--radius-md); padding: var(--space-0-5) 0 var(--space-1-5); }
.state.active { background: var(--color-brand-soft); box-shadow: inset 0 0 0 1px var(--color-brand-soft-line); }
.state-button {
  display: flex; width: 100%; align-items: baseline; justify-content: space-between; gap: var(--space-2);
  font: inherit; color: inherit; text-align: start; background: none; border: 0; border-radius: var(--radius-sm);
  padding: var(--space-1-5) var(--space-2) var(--space-0-5); cursor: pointer;
}
.state-name { font-weight: 650; font-size: var(--text-md); }
.badge { display: inline-block; margin-inline-start: var(--space-1-5); font-size: var(--text-2xs); font-weight: 600; border-radius: var(--radius-pill); padding: 0 var(--space-2); vertical-align: 1px; }
.badge-responsible { color: var(--color-accent-text); background: var(--color-accent-soft); }
.badge-raised { color: var(--color-success); background: var(--color-success-soft); }
.count { font-size: var(--text-xs); color: var(--color-ink-muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.details { padding: 0 var(--space-2); font-size: var(--text-xs); color: var(--color-ink-muted); }
.details p { margin: var(--space-0-5) 0 0; }
.label { font-weight: 600; color: var(--color-ink); }
.steps { display: flex; align-items: center; gap: var(--space-2); padding: var(--space-1-5) var(--space-2) 0; }
.step {
  font: inherit; font-size: var(--text-xs); font-weight: 600; color: var(--color-link); background: var(--color-surface);
  border: 1px solid var(--color-line-strong); border-radius: var(--radius-sm); padding: var(--space-1) var(--space-2-5); cursor: pointer;
}
.step:hover { background: var(--color-brand-soft); }
.where { font-size: var(--text-xs); color: var(--color-ink-muted); font-variant-numeric: tabular-nums; min-width: 48px; text-align: center; }
.state-button:focus-visible, .step:focus-visible, .panel .close:focus-visible { outline: 2px solid var(--color-focus); outline-offset: 2px; }
@media (forced-colors: active) {
  .panel, .card { border: 1px solid CanvasText; }
  .state.active { outline: 1px solid Highlight; }
}
`;
