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
  font: 400 var(--text-sm)/1.45 var(--font-sans); color-scheme: light dark;
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
  display: flex; align-items: flex-start; justify-content: space-between; gap: var(--space-2);
  flex: none; padding: var(--space-3) var(--space-3-5) var(--space-2-5); border-bottom: 1px solid var(--color-line-soft);
  background: linear-gradient(180deg, var(--color-brand-soft), var(--color-surface));
  border-radius: var(--radius-lg) var(--radius-lg) 0 0;
}
.campaign { margin: 0 0 var(--space-0-5); font-size: var(--text-2xs); font-weight: 600; letter-spacing: var(--tracking-caps); color: var(--color-link); }
.name { margin: 0; font-size: var(--text-xl); font-weight: 650; line-height: 1.25; color: var(--color-heading); }
.close {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; margin: calc(-1 * var(--space-0-5)) calc(-1 * var(--space-1)) 0 0; padding: 0;
  border: 0; border-radius: var(--radius-sm); background: transparent; color: var(--color-ink-muted); cursor: pointer;
}
[dir="rtl"] .close { margin: calc(-1 * var(--space-0-5)) 0 0 calc(-1 * var(--space-1)); }
.close:hover { background: var(--color-line-soft); color: var(--color-ink); }
.block { padding: var(--space-2-5) var(--space-3-5) var(--space-1); }
.block-title { margin: 0 0 var(--space-1-5); font-size: var(--text-2xs); font-weight: 650; color: var(--color-ink-muted); text-transform: uppercase; letter-spacing: var(--tracking-caps); }
[lang="ar"] .block-title, [lang="zh-CN"] .block-title, [lang="ru"] .block-title { text-transform: none; letter-spacing: 0; font-size: var(--text-xs); }
ul { list-style: none; margin: 0; padding: 0; }
.link { margin: var(--space-1) 0 0; font-size: var(--text-xs); font-weight: 600; display: inline-block; border-radius: var(--radius-pill); padding: 1px var(--space-2); }
.link-responsible { color: var(--color-accent-text); background: var(--color-accent-soft); }
.link-raised { color: var(--color-success); background: var(--color-success-soft); }
.link-none { color: var(--color-ink-muted); background: var(--color-line-soft); font-weight: 500; }
.cases { padding-bottom: var(--space-0-5); }
.case { padding: var(--space-2) var(--space-2-5); margin: 0 0 var(--space-2); border: 1px solid var(--color-line-soft); border-radius: var(--radius-md); background: var(--color-surface-tint); }
.case-responsible { border-inline-start: 3px solid var(--color-accent); }
.case-raised { border-inline-start: 3px solid var(--color-success); }
.case-title { margin: 0; font-size: var(--text-md); font-weight: 650; color: var(--color-heading); text-transform: none; letter-spacing: 0; }
.case-of { margin: 0; font-size: var(--text-xs); color: var(--color-ink-muted); }
.raised { margin: var(--space-1) 0 var(--space-0-5); font-weight: 600; color: var(--color-ink); }
.sources { margin: var(--space-1-5) 0 0; font-size: var(--text-2xs); color: var(--color-ink-muted); }
.status { margin: var(--space-1) 0; color: var(--color-ink-muted); }
.in-reports { margin: var(--space-0-5) 0 var(--space-1-5); font-size: var(--text-xs); color: var(--color-ink-muted); }
.case-actions { display: flex; flex-wrap: wrap; gap: var(--space-1-5); margin-top: var(--space-1-5); }
.case-actions .primary { flex-basis: 100%; justify-content: center; }
.case-actions .secondary { font-size: var(--text-xs); padding: var(--space-1) var(--space-1-5); }
.copy-status { margin: var(--space-1) 0 0; font-size: var(--text-xs); color: var(--color-success); }
.copy-status:empty { display: none; }
.statement-text { margin: var(--space-1-5) 0 0; padding: var(--space-1-5) var(--space-2); font-size: var(--text-xs); background: var(--color-surface); border: 1px solid var(--color-line); border-radius: var(--radius-sm); white-space: pre-wrap; user-select: text; }
.report-case { font-size: var(--text-xs); color: var(--color-ink-muted); }
.ishr { color: var(--color-ink-muted); }
.inferred-why { flex-basis: 100%; font-size: var(--text-2xs); color: var(--color-ink-muted); }
.summary {
  margin: var(--space-0-5) 0 var(--space-1); color: var(--color-ink-muted);
  /* Two lines, cut by height: Firefox misplaces -webkit-line-clamp's ellipsis in mixed Arabic and Latin lines. */
  max-height: 2.9em; max-height: 2lh; overflow: hidden;
}
.reports { display: flex; flex-direction: column; gap: var(--space-1); }
.report { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--space-1) var(--space-2); }
.year { font-variant-numeric: tabular-nums; font-weight: 600; min-width: 34px; }
.notes { font-size: var(--text-2xs); color: var(--color-note); background: var(--color-note-soft); border-radius: 4px; padding: 0 var(--space-1-5); }
.muted { margin: 0 0 var(--space-1); color: var(--color-ink-muted); }
.footnote { margin: var(--space-1-5) 0 var(--space-1-5); font-size: var(--text-2xs); color: var(--color-ink-muted); }
.translation-note { margin: 0 0 var(--space-0-5); font-size: var(--text-2xs); color: var(--color-ink-muted); }
a { color: var(--color-link); }
a { text-decoration: underline; text-underline-offset: 2px; }
.actions { flex: none; padding: var(--space-2-5) var(--space-3-5) var(--space-3); border-top: 1px solid var(--color-line-soft); }
.primary, .secondary, .mission {
  font: inherit; font-size: var(--text-xs); font-weight: 600; border-radius: var(--radius-md); padding: var(--space-1) var(--space-2); cursor: pointer;
  text-decoration: none; display: inline-flex; align-items: center; gap: var(--space-1);
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
