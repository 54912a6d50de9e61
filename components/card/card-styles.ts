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
  width: 340px; max-width: calc(100vw - 16px);
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
h3 { margin: 0 0 6px; font-size: 11.5px; font-weight: 650; color: var(--color-ink-muted); text-transform: uppercase; letter-spacing: var(--tracking-caps); }
[lang="ar"] h3, [lang="zh-CN"] h3, [lang="ru"] h3 { text-transform: none; letter-spacing: 0; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
.case { padding: 8px 10px; margin: 0 0 6px; border: 1px solid var(--color-line-soft); border-radius: var(--radius-md); background: var(--color-surface-tint); }
.case-title { margin: 0; font-weight: 600; }
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
a, .link { color: var(--color-link); }
a { text-decoration: underline; text-underline-offset: 2px; }
.link {
  font: inherit; font-weight: 600; background: none; border: 0; padding: 2px 0; cursor: pointer;
  text-decoration: underline; text-underline-offset: 2px;
}
.actions { flex: none; padding: 10px 14px 12px; border-top: 1px solid var(--color-line-soft); }
.primary {
  width: 100%; font: inherit; font-weight: 600; color: var(--color-on-brand); background: var(--color-brand);
  border: 0; border-radius: var(--radius-md); padding: 8px 12px; cursor: pointer;
}
.primary:hover { background: var(--color-brand-hover); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--color-focus); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
