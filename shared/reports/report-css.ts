/** The report's one inline stylesheet: screen and print, no fonts or images from anywhere. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #fff;
  --verified: #1a7f37; --disputed: #c4271d; --unsourced: #9a6700; --unchecked: #57606a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 3rem; background: var(--paper); color: var(--ink);
  font: 16px/1.55 Georgia, "Times New Roman", serif; }
h1, h2, h3, h4, .badge, .kicker, table, .meta, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.8rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 0 0 0.5rem; line-height: 1.35; }
.kicker { margin: 0; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; font-size: 0.9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.doc-meta { margin: 0 0 0.8rem; color: var(--muted); font-size: 0.9rem; }
.claim { margin: 0 0 1.2rem; padding: 0.9rem 1rem; border: 1px solid var(--line); border-left: 6px solid var(--unchecked);
  border-radius: 4px; break-inside: avoid; page-break-inside: avoid; }
.claim.s-verified { border-left-color: var(--verified); }
.claim.s-disputed { border-left-color: var(--disputed); }
.claim.s-unsourced { border-left-color: var(--unsourced); }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; border: 1px solid currentColor;
  font-size: 0.8rem; font-weight: 600; }
.badge.s-verified { color: var(--verified); }
.badge.s-disputed { color: var(--disputed); }
.badge.s-unsourced { color: var(--unsourced); }
.badge.s-unchecked { color: var(--unchecked); }
.verdict { margin: 0 0 0.5rem; font-size: 0.9rem; }
.recheck { margin: 0 0 0.5rem; padding: 0.2rem 0.5rem; border-left: 3px solid var(--disputed); font-size: 0.9rem; }
.summary-note { margin: 0.5rem 0 0; font-size: 0.9rem; }
.facts { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.9rem; }
.context { margin: 0.4rem 0; padding-left: 0.8rem; border-left: 3px solid var(--line); color: #333; }
.context p { margin: 0; }
mark { background: #fff1a8; color: inherit; padding: 0 0.1em; }
.label { margin: 0.6rem 0 0.2rem; font: 600 0.78rem system-ui, sans-serif; text-transform: uppercase;
  letter-spacing: 0.06em; color: var(--muted); }
.note p { margin: 0 0 0.4rem; }
.citations { margin: 0; padding-left: 1.2rem; }
.citations li { margin: 0.2rem 0 0.5rem; }
.citations blockquote { margin: 0.2rem 0; font-style: italic; }
.stance { font: 600 0.8rem system-ui, sans-serif; }
.redacted { color: var(--muted); font-style: italic; }
.warnings { margin: 0; padding-left: 1.2rem; color: var(--disputed); }
.compact { margin: 0 0 1rem; padding: 0; list-style: none; font-size: 0.8rem; line-height: 1.4; }
.compact li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 1px solid var(--line); }
.draft p { margin: 0 0 0.8rem; }
.draft mark.s-verified { background: #d5f5dc; }
.draft mark.s-disputed { background: #ffd8d3; }
.draft mark.s-unsourced { background: #fff1a8; }
.draft mark.s-unchecked { background: #e7ecf0; }
.draft mark a { color: inherit; text-decoration: none; }
footer { margin-top: 2.5rem; padding-top: 0.6rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.8rem; }
a { color: #0a58ca; overflow-wrap: anywhere; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: underline; }
  .claim { border-color: #999; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
