/**
 * The card's stylesheet, applied inside its shadow root after the design tokens
 * (components/page-ui/theme-css.ts), whose colours follow the system's light or dark scheme. `:host { all: initial }` keeps page
 * styles from leaking in through inheritance, and important rules of a shadow root's own
 * stylesheet win over the page's important rules for the host, so the host's place and
 * visibility are set here. Sizes are in px so the page's root font size cannot blow the card
 * up or shrink it.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  z-index: 2147483647 !important; display: block !important;
}
:host([hidden]) { display: none !important; }
[hidden] { display: none !important; }
* { box-sizing: border-box; }
.frame {
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  width: 380px; max-width: calc(100vw - 16px);
}
.card {
  font: 400 13.5px/1.45 var(--font-sans); color-scheme: light dark;
  color: var(--color-ink); background: var(--color-surface);
  border: 1px solid var(--color-line); border-radius: var(--radius-lg);
  box-shadow: var(--shadow-overlay);
  max-height: min(480px, calc(100vh - 16px));
  display: flex; flex-direction: column; overflow: hidden;
  text-align: start;
}
/* Header and action stay in view; the lists scroll between them on short viewports. */
.body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.head {
  display: flex; align-items: flex-start; justify-content: space-between; gap: 8px;
  flex: none; padding: 12px 14px 10px; border-bottom: 1px solid var(--color-line-soft);
  background: linear-gradient(180deg, var(--color-brand-soft), var(--color-surface));
  border-radius: var(--radius-lg) var(--radius-lg) 0 0;
}
.campaign { margin: 0 0 2px; font-size: 11.5px; font-weight: 600; letter-spacing: var(--tracking-caps); color: var(--color-link); }
.name { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.25; color: var(--color-heading); }
.close {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; margin: -2px -4px 0 0; padding: 0;
  border: 0; border-radius: var(--radius-sm); background: transparent; color: var(--color-ink-muted); cursor: pointer;
}
[dir="rtl"] .close { margin: -2px 0 0 -4px; }
.close:hover { background: var(--color-line-soft); color: var(--color-ink); }
.block { padding: 10px 14px 4px; }
.block-title { margin: 0 0 6px; font-size: 11.5px; font-weight: 650; color: var(--color-ink-muted); text-transform: uppercase; letter-spacing: var(--tracking-caps); }
[lang="ar"] .block-title, [lang="zh-CN"] .block-title, [lang="ru"] .block-title { text-transform: none; letter-spacing: 0; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
.link { margin: 4px 0 0; font-size: 12px; font-weight: 600; display: inline-block; border-radius: var(--radius-pill); padding: 1px 8px; }
.link-responsible { color: var(--color-accent-text); background: var(--color-accent-soft); }
.link-raised { color: var(--color-success); background: var(--color-success-soft); }
.link-none { color: var(--color-ink-muted); background: var(--color-line-soft); font-weight: 500; }
.cases { padding-bottom: 2px; }
.case { padding: 8px 10px; margin: 0 0 8px; border: 1px solid var(--color-line-soft); border-radius: var(--radius-md); background: var(--color-surface-tint); }
.case-responsible { border-inline-start: 3px solid var(--color-accent); }
.case-raised { border-inline-start: 3px solid var(--color-success); }
.case-title { margin: 0; font-size: 14px; font-weight: 650; color: var(--color-heading); text-transform: none; letter-spacing: 0; }
.case-of { margin: 0; font-size: 12px; color: var(--color-ink-muted); }
.raised { margin: 4px 0 2px; font-weight: 600; color: var(--color-ink); }
.sources { margin: 6px 0 0; font-size: 11.5px; color: var(--color-ink-muted); }
.status { margin: 4px 0; color: var(--color-ink-muted); }
.in-reports { margin: 2px 0 6px; font-size: 12px; color: var(--color-ink-muted); }
.case-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.case-actions .primary { flex-basis: 100%; justify-content: center; }
.case-actions .secondary { font-size: 12px; padding: 3px 8px; }
.copy-status { margin: 4px 0 0; font-size: 12px; color: var(--color-success); }
.copy-status:empty { display: none; }
.statement-text { margin: 6px 0 0; padding: 6px 8px; font-size: 12px; background: var(--color-surface); border: 1px solid var(--color-line); border-radius: var(--radius-sm); white-space: pre-wrap; user-select: text; }
.report-case { font-size: 12px; color: var(--color-ink-muted); }
.ishr { color: var(--color-ink-muted); }
.inferred-why { flex-basis: 100%; font-size: 11.5px; color: var(--color-ink-muted); }
.summary {
  margin: 2px 0 4px; color: var(--color-ink-muted);
  /* Two lines, cut by height: Firefox misplaces -webkit-line-clamp's ellipsis in mixed Arabic and Latin lines. */
  max-height: 2.9em; max-height: 2lh; overflow: hidden;
}
.reports { display: flex; flex-direction: column; gap: 3px; }
.report { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.year { font-variant-numeric: tabular-nums; font-weight: 600; min-width: 34px; }
.notes { font-size: 11.5px; color: var(--color-note); background: var(--color-note-soft); border-radius: 4px; padding: 0 5px; }
.muted { margin: 0 0 4px; color: var(--color-ink-muted); }
.footnote { margin: 6px 0 6px; font-size: 11.5px; color: var(--color-ink-muted); }
.translation-note { margin: 0 0 2px; font-size: 11.5px; color: var(--color-ink-muted); }
a { color: var(--color-link); }
a { text-decoration: underline; text-underline-offset: 2px; }
.actions { flex: none; padding: 10px 14px 12px; border-top: 1px solid var(--color-line-soft); }
.primary, .secondary, .mission {
  font: inherit; font-size: 12.5px; font-weight: 600; border-radius: var(--radius-md); padding: 4px 9px; cursor: pointer;
  text-decoration: none; display: inline-flex; align-items: center; gap: 4px;
}
.primary { color: var(--color-on-brand); background: var(--color-brand); border: 1px solid var(--color-brand); }
.primary:hover { background: var(--color-brand-hover); border-color: var(--color-brand-hover); }
.copy-lang { font-weight: 500; opacity: .9; }
.secondary { color: var(--color-link); background: var(--color-surface); border: 1px solid var(--color-line-strong); }
.secondary:hover { background: var(--color-brand-soft); }
.mission { width: 100%; justify-content: center; color: var(--color-link); background: var(--color-surface); border: 1px solid var(--color-line-strong); }
.mission:hover { background: var(--color-brand-soft); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--color-focus); outline-offset: 2px; }
@media (forced-colors: active) { .link, .primary, .secondary, .mission { border: 1px solid ButtonText; } }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
