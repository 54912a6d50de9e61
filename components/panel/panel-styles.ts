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
  font: 400 13.5px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif;
  color: #1b1f24; background: #fff; text-align: start;
  border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(20, 30, 45, 0.2), 0 2px 6px rgba(20, 30, 45, 0.08);
}
.panel-head {
  display: flex; align-items: center; justify-content: space-between; gap: 8px; flex: none;
  padding: 12px 14px 8px; border-bottom: 1px solid #eaeef2; background: linear-gradient(180deg, #f3f8fc, #fff);
}
.panel-title { margin: 0; font-size: 16px; font-weight: 650; color: #0d1117; }
.keys { margin: 0; padding: 8px 14px; font-size: 12px; color: #424a53; border-bottom: 1px solid #eaeef2; flex: none; }
.panel-empty { padding: 12px 14px; }
.panel-note { margin: 0; padding: 6px 14px; font-size: 12px; border-bottom: 1px solid #eaeef2; flex: none; }
.states { list-style: none; margin: 0; padding: 6px; overflow: auto; overscroll-behavior: contain; flex: 1 1 auto; }
.state { border-radius: 8px; padding: 2px 0 6px; }
.state.active { background: #f3f8fc; box-shadow: inset 0 0 0 1px #cfe3f3; }
.state-button {
  display: flex; width: 100%; align-items: baseline; justify-content: space-between; gap: 8px;
  font: inherit; color: inherit; text-align: start; background: none; border: 0; border-radius: 6px;
  padding: 6px 8px 2px; cursor: pointer;
}
.state-name { font-weight: 650; font-size: 14px; }
.badge { display: inline-block; margin-inline-start: 6px; font-size: 11px; font-weight: 600; border-radius: 999px; padding: 0 7px; vertical-align: 1px; }
.badge-responsible { color: #7a2e00; background: #ffe9d6; }
.badge-raised { color: #00521f; background: #dcf5e3; }
.count { font-size: 12px; color: #424a53; white-space: nowrap; font-variant-numeric: tabular-nums; }
.details { padding: 0 8px; font-size: 12px; color: #424a53; }
.details p { margin: 2px 0 0; }
.label { font-weight: 600; color: #1b1f24; }
.steps { display: flex; align-items: center; gap: 8px; padding: 6px 8px 0; }
.step {
  font: inherit; font-size: 12.5px; font-weight: 600; color: #0060a0; background: #fff;
  border: 1px solid #b6d4ea; border-radius: 6px; padding: 3px 10px; cursor: pointer;
}
.step:hover { background: #eaf4fb; }
.where { font-size: 12px; color: #424a53; font-variant-numeric: tabular-nums; min-width: 48px; text-align: center; }
.state-button:focus-visible, .step:focus-visible, .panel .close:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (forced-colors: active) {
  .panel, .card { border: 1px solid CanvasText; }
  .state.active { outline: 1px solid Highlight; }
}
`;
