/** The review desk's style sheet (served as /static/app.css; no inline styles, so the CSP can forbid them). */
export const STYLES = String.raw`
:root { --ink: #1b1f24; --muted: #4a5563; --line: #c9ced6; --bg: #f6f7f9; --accent: #0b5cad; --warn-bg: #fff4d6; --warn: #7a4d00;
  --bad-bg: #fde2e1; --bad: #8f1d17; --ok-bg: #e3f4e6; --ok: #1e5b2a; --focus: #ffbf47; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { font: 16px/1.45 system-ui, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 6px 10px; z-index: 10; }
header.top { display: flex; align-items: center; gap: 24px; padding: 8px 20px; background: #12355b; color: #fff; }
header.top a { color: #fff; }
header.top .brand { font-weight: 700; }
header.top nav { display: flex; gap: 18px; flex: 1; }
header.top form { margin: 0; }
header.top button { background: transparent; color: #fff; border: 1px solid #9fb3c8; }
main { padding: 16px 20px 40px; }
h1 { font-size: 1.4rem; margin: 0 0 12px; }
h2 { font-size: 1.1rem; margin: 20px 0 8px; }
button, .button { font: inherit; padding: 6px 12px; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); }
input, select, textarea { font: inherit; padding: 5px 7px; border: 1px solid #8a94a3; border-radius: 3px; background: #fff; color: var(--ink); max-width: 100%; }
.flash { padding: 8px 12px; border-radius: 4px; margin: 0 0 12px; background: var(--ok-bg); color: var(--ok); border: 1px solid #9ccaa5; }
.flash.error { background: var(--bad-bg); color: var(--bad); border-color: #e3a19c; }
.storage-banner span { display: block; margin-top: 4px; }
form.settings fieldset { background: #fff; border: 1px solid var(--line); border-radius: 4px; margin: 0 0 12px; padding: 10px 14px; max-width: 48rem; }
form.settings legend { font-weight: 700; padding: 0 4px; }
form.settings .setting { display: flex; flex-direction: column; margin: 8px 0; }
form.settings .setting input, form.settings .setting textarea { width: 100%; }
form.settings .setting.invalid input, form.settings .setting.invalid textarea { border: 2px solid var(--bad); }
.field-error { color: var(--bad); margin: 2px 0 0; font-size: .9rem; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; background: #fff; padding: 10px 12px; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 12px; }
.filters label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); }
.filters label.check { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); }
table.list { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
table.list th, table.list td { text-align: left; padding: 7px 9px; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
table.list th { background: #eef1f5; font-size: .9rem; }
table.list td.id { white-space: nowrap; }
table.list tr:hover td { background: #f5f9ff; }
.badge { display: inline-block; padding: 1px 7px; margin: 0 4px 3px 0; border-radius: 10px; font-size: .85rem; border: 1px solid var(--line); background: #eef1f5; white-space: nowrap; }
.badge.soon { background: var(--bad-bg); color: var(--bad); border-color: #e3a19c; font-weight: 600; }
.badge.near { background: var(--warn-bg); color: var(--warn); border-color: #e6c77a; }
.badge.review { background: var(--warn-bg); color: var(--warn); border-color: #e6c77a; }
.badge.ok { background: var(--ok-bg); color: var(--ok); border-color: #9ccaa5; }
.muted { color: var(--muted); }
.pager { display: flex; gap: 12px; align-items: center; margin-top: 10px; }
.case { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(380px, 520px); gap: 20px; align-items: start; }
.pages { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; background: #dde1e6; padding: 10px; border-radius: 6px; }
.pages figure { margin: 0 0 12px; }
.pages figcaption { font-size: .85rem; color: var(--muted); margin-bottom: 4px; }
.batch-tools { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.batch-tools form { display: inline; }
.page-frame { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.page-frame img { display: block; width: 100%; height: auto; }
.bbox-mark { position: absolute; border: 3px solid #d9480f; background: rgba(255, 200, 0, .28); pointer-events: none; border-radius: 2px; }
.word-layer { position: absolute; inset: 0; pointer-events: none; user-select: none; }
.word-layer .word { position: absolute; border-radius: 2px; }
.pages.picking .word-layer { pointer-events: auto; cursor: crosshair; }
.pages.picking .word { cursor: pointer; }
.pages.picking .word:hover { background: rgba(25, 113, 194, .18); box-shadow: 0 0 0 2px #1971c2; }
.word.taken { background: rgba(25, 113, 194, .28); }
.pick-hint { font-size: .85rem; margin: 0 0 8px; padding: 4px 8px; background: #fff; border-left: 4px solid #1971c2; }
.side h1 { margin-bottom: 4px; }
.facts { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 10px; }
form.field { background: #fff; border: 1px solid var(--line); border-left: 5px solid #9ccaa5; border-radius: 4px; padding: 8px 10px; margin: 0 0 8px; }
form.field.attention { border-left-color: #e0a100; background: #fffdf5; }
form.field.missing { border-left-color: #c0392b; }
form.field fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
form.field legend { font-weight: 600; padding: 0; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; width: 100%; }
form.field legend .state { font-weight: 400; font-size: .85rem; color: var(--muted); }
.conf { font-weight: 600; font-size: .85rem; padding: 0 6px; border-radius: 8px; background: var(--ok-bg); color: var(--ok); }
.conf.low { background: var(--warn-bg); color: var(--warn); }
form.field .row { display: flex; gap: 8px; }
form.field label.sub { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); margin-top: 4px; flex: 1; }
form.field label.sub input, form.field label.sub select { color: var(--ink); font-size: 1rem; width: 100%; }
form.field .actions { margin-top: 6px; display: flex; gap: 8px; align-items: center; }
form.field .errors { color: var(--bad); margin: 6px 0 0; padding-left: 18px; }
.more-fields { margin: 0 0 8px; }
.more-fields summary { cursor: pointer; padding: 6px 0; color: var(--accent); }
.confirm { position: sticky; bottom: 0; background: var(--bg); padding: 10px 0; border-top: 1px solid var(--line); display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.box { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 10px 12px; margin-bottom: 10px; }
.box form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 6px 0; }
.box h2:first-child { margin-top: 0; }
.reasons { margin: 0 0 10px; padding: 8px 12px 8px 28px; background: var(--warn-bg); color: var(--warn); border: 1px solid #e6c77a; border-radius: 4px; }
.box label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); }
.box textarea { width: 100%; min-height: 4em; }
table.history { width: 100%; border-collapse: collapse; font-size: .9rem; }
table.history td, table.history th { padding: 4px 6px; border-bottom: 1px solid #e3e6ea; text-align: left; vertical-align: top; }
.login { max-width: 380px; margin: 60px auto; background: #fff; padding: 24px; border: 1px solid var(--line); border-radius: 6px; }
.login label { display: flex; flex-direction: column; margin-bottom: 12px; }
#shortcut-help { position: fixed; right: 20px; bottom: 20px; background: #fff; border: 2px solid var(--accent); border-radius: 6px; padding: 12px 16px; box-shadow: 0 4px 14px rgba(0,0,0,.25); z-index: 5; }
kbd { border: 1px solid #8a94a3; border-radius: 3px; padding: 0 4px; background: #f3f4f6; font-size: .9em; }
.subnav { display: flex; flex-wrap: wrap; gap: 14px; margin: 0 0 14px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
.subnav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px; }
.cards li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
td.actions form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-end; margin: 0 0 6px; }
td.actions label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.box label.check { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); }
.template-form label { display: flex; flex-direction: column; margin-bottom: 10px; }
.template-form textarea { font: 14px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; width: 100%; }
.errors { color: var(--bad); }
.hint { font-size: .8rem; }
.small { font-size: .85rem; }
.print-only { display: none; }
.charts { display: grid; grid-template-columns: 1fr; gap: 6px; max-width: 980px; }
.chart-box { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.chart-box figcaption { font-weight: 600; font-size: .95rem; margin-bottom: 2px; }
svg.chart { display: block; width: 100%; height: auto; }
.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: .9rem; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.swatch-flatKept { background: #1e6b35; } .swatch-flatLost { background: #a4262c; } .swatch-moved { background: #0b5cad; }
.swatch-notReached { background: #8a5a00; } .swatch-unknown { background: #5f6b7a; } .swatch-open { background: #7b5ea7; }
table.stats { margin-top: 10px; font-size: .88rem; max-width: 980px; }
table.stats caption { text-align: left; font-weight: 600; padding: 6px 0; }
table.stats td, table.stats th { padding: 4px 6px; }
table.stats td { text-align: right; }
table.stats th[scope="row"] { white-space: nowrap; }
table.batch tr.blank td, table.batch tr.separator td { background: #f3f4f6; }
.dropped { display: flex; flex-wrap: wrap; gap: 12px; }
.dropped-page { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; max-width: 260px; }
.dropped-page img { display: block; width: 240px; height: auto; border: 1px solid var(--line); margin: 4px 0; }
.dropped-page form { margin: 4px 0 0; }
@page { size: A4 portrait; margin: 10mm; }
@media print {
  html { font-size: 9pt; background: #fff; }
  header.top, .skip, .no-print, .flash, .subnav { display: none !important; }
  main { padding: 0; }
  h1 { font-size: 13pt; margin: 0 0 4px; }
  .print-only { display: block; }
  .charts { gap: 3mm; max-width: none; }
  .chart-box { border: 0; padding: 0; break-inside: avoid; }
  .chart-box figcaption { font-size: 9pt; }
  svg.chart { width: 100%; max-width: 180mm; }
  table.stats th[scope="row"] { white-space: nowrap; }
  table.stats { font-size: 7pt; max-width: none; margin-top: 2mm; break-inside: avoid; }
  table.stats td, table.stats th { padding: 1px 3px; }
  table.list { border: 0; }
  .legend { font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
  .small { font-size: 7.5pt; }
}
@media (max-width: 900px) { .case { grid-template-columns: 1fr; } .pages { position: static; max-height: none; } }
`;
