import { escapeHtml } from './html-escape';
import type { ReportClaim, ReportDocument, ReportModel } from './report-model';
import { claimHtml } from './render-html-claim';
import { formatDate, formatTimestamp, plural } from './text-format';
import { statusLabels } from './verdicts';

// The claims part of the page printed to PDF. A project can hold 100,000 claims of which a few
// hundred are checked; printing every claim in full made a thousand pages per 10,000 claims, most
// of them "not checked yet". Here the checked claims (verified, disputed, unsourced) come in full
// and each unchecked claim takes one line, so the page count follows the work done.

const isChecked = (claim: ReportClaim) => claim.status !== 'unchecked';

/** Checked claims in full, grouped by document, then unchecked claims one line each. */
export function printClaimsHtml(model: ReportModel): string {
  const checked = model.claimCount - model.counts.unchecked;
  const parts = ['<section id="claims">', '<h2>Checked claims</h2>'];
  if (model.claimCount === 0) parts.push('<p>No claims match this report’s selection.</p>');
  else if (checked === 0) parts.push('<p>No claim in this report has been checked yet.</p>');
  else {
    parts.push(
      `<p class="doc-meta">${plural(checked, 'checked claim')} in full (verified, disputed and unsourced), in text order by document.${model.counts.unchecked > 0 ? ` The ${plural(model.counts.unchecked, 'unchecked claim')} follow, one line each.` : ''}</p>`,
    );
  }
  for (const doc of model.documents) {
    const claims = doc.claims.filter(isChecked);
    if (claims.length === 0) continue;
    parts.push(docHeading(doc, claims.length, 'checked'), ...claims.map(claimHtml));
  }
  parts.push('</section>');
  if (model.counts.unchecked > 0) parts.push(uncheckedHtml(model));
  return parts.join('\n');
}

function uncheckedHtml(model: ReportModel): string {
  const parts = [
    '<section id="unchecked">',
    '<h2>Unchecked claims</h2>',
    '<p class="doc-meta">One line per claim; a long claim is cut at the line’s end. The HTML, Word and Markdown reports show each one in full, with its context.</p>',
  ];
  for (const doc of model.documents) {
    const claims = doc.claims.filter((claim) => !isChecked(claim));
    if (claims.length === 0) continue;
    parts.push(docHeading(doc, claims.length, 'unchecked'), '<ul class="compact">');
    for (const claim of claims) {
      // A claim a new version left stale says so first, so the cut at the line's end never hides it.
      const recheck = claim.recheck
        ? `<strong>Needs re-check (was ${statusLabels[claim.recheck.previousStatus]}):</strong> `
        : '';
      parts.push(
        `<li id="claim-${escapeHtml(claim.id)}">${recheck}${escapeHtml(claim.text.replace(/\s+/g, ' '))}</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

function docHeading(doc: ReportDocument, count: number, kind: 'checked' | 'unchecked'): string {
  const date = doc.documentDate ? `, dated ${escapeHtml(formatDate(doc.documentDate))}` : '';
  return [
    `<h3>${escapeHtml(doc.title || doc.fileName)}</h3>`,
    `<p class="doc-meta">${escapeHtml(doc.fileName)} (${escapeHtml(doc.sourceFormat)})${date}, imported ${escapeHtml(formatTimestamp(doc.importedAt))}; ${plural(count, `${kind} claim`)}.</p>`,
  ].join('\n');
}
