/**
 * The card's stylesheet, applied inside its shadow root. `:host { all: initial }` keeps page
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
  font: 400 13.5px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif;
  color: #1b1f24; background: #fff;
  border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(20, 30, 45, 0.18), 0 2px 6px rgba(20, 30, 45, 0.08);
  max-height: min(480px, calc(100vh - 16px));
  display: flex; flex-direction: column; overflow: hidden;
  text-align: start;
}
/* Header and action stay in view; the lists scroll between them on short viewports. */
.body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.head {
  display: flex; align-items: flex-start; justify-content: space-between; gap: 8px;
  flex: none; padding: 12px 14px 10px; border-bottom: 1px solid #eaeef2;
  background: linear-gradient(180deg, #f3f8fc, #fff);
  border-radius: 10px 10px 0 0;
}
.campaign { margin: 0 0 2px; font-size: 11.5px; font-weight: 600; letter-spacing: .02em; color: #006fa6; }
.name { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.25; color: #0d1117; }
.close {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; margin: -2px -4px 0 0; padding: 0;
  border: 0; border-radius: 6px; background: transparent; color: #57606a; cursor: pointer;
}
[dir="rtl"] .close { margin: -2px 0 0 -4px; }
.close:hover { background: #eaeef2; color: #1b1f24; }
.block { padding: 10px 14px 4px; }
.block-title { margin: 0 0 6px; font-size: 11.5px; font-weight: 650; color: #57606a; text-transform: uppercase; letter-spacing: .03em; }
[lang="ar"] .block-title, [lang="zh-CN"] .block-title, [lang="ru"] .block-title { text-transform: none; letter-spacing: 0; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
.link { margin: 4px 0 0; font-size: 12px; font-weight: 600; display: inline-block; border-radius: 999px; padding: 1px 8px; }
.link-responsible { color: #7a2e00; background: #ffe9d6; }
.link-raised { color: #00521f; background: #dcf5e3; }
.link-none { color: #57606a; background: #eef1f4; font-weight: 500; }
.cases { padding-bottom: 2px; }
.case { padding: 8px 10px; margin: 0 0 8px; border: 1px solid #eaeef2; border-radius: 8px; background: #fbfcfd; }
.case-responsible { border-inline-start: 3px solid #d9731f; }
.case-raised { border-inline-start: 3px solid #2f9e57; }
.case-title { margin: 0; font-size: 14px; font-weight: 650; color: #0d1117; text-transform: none; letter-spacing: 0; }
.case-of { margin: 0; font-size: 12px; color: #57606a; }
.raised { margin: 4px 0 2px; font-weight: 600; color: #1b1f24; }
.sources { margin: 6px 0 0; font-size: 11.5px; color: #57606a; }
.status { margin: 4px 0; color: #424a53; }
.in-reports { margin: 2px 0 6px; font-size: 12px; color: #424a53; }
.case-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.case-actions .primary { flex-basis: 100%; justify-content: center; }
.case-actions .secondary { font-size: 12px; padding: 3px 8px; }
.copy-status { margin: 4px 0 0; font-size: 12px; color: #00521f; }
.copy-status:empty { display: none; }
.statement-text { margin: 6px 0 0; padding: 6px 8px; font-size: 12px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; white-space: pre-wrap; user-select: text; }
.report-case { font-size: 12px; color: #424a53; }
.ishr { color: #6e7781; }
.inferred-why { flex-basis: 100%; font-size: 11.5px; color: #6e7781; }
.summary {
  margin: 2px 0 4px; color: #424a53;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.reports { display: flex; flex-direction: column; gap: 3px; }
.report { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.year { font-variant-numeric: tabular-nums; font-weight: 600; min-width: 34px; }
.notes { font-size: 11.5px; color: #7a4b00; background: #fff4d6; border-radius: 4px; padding: 0 5px; }
.muted { margin: 0 0 4px; color: #424a53; }
.footnote { margin: 6px 0 6px; font-size: 11.5px; color: #6e7781; }
.translation-note { margin: 0 0 2px; font-size: 11.5px; color: #6e7781; }
a { color: #0060a0; }
a { text-decoration: underline; text-underline-offset: 2px; }
.actions { flex: none; padding: 10px 14px 12px; border-top: 1px solid #eaeef2; }
.primary, .secondary, .mission {
  font: inherit; font-size: 12.5px; font-weight: 600; border-radius: 7px; padding: 4px 9px; cursor: pointer;
  text-decoration: none; display: inline-flex; align-items: center; gap: 4px;
}
.primary { color: #fff; background: #0069a8; border: 1px solid #0069a8; }
.primary:hover { background: #005a90; }
.copy-lang { font-weight: 500; opacity: .9; }
.secondary { color: #0060a0; background: #fff; border: 1px solid #b6d4ea; }
.secondary:hover { background: #eaf4fb; }
.mission { width: 100%; justify-content: center; color: #0060a0; background: #fff; border: 1px solid #b6d4ea; }
.mission:hover { background: #eaf4fb; }
button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (forced-colors: active) { .link, .primary, .secondary, .mission { border: 1px solid ButtonText; } }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
