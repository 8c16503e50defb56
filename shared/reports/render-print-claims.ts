import { documentFactsLine } from './document-facts';
import { escapeHtml } from './html-escape';
import type { PrintBlock, PrintWrapper } from './print-blocks';
import type { ReportClaim, ReportDocument, ReportModel } from './report-model';
import { claimHtml } from './render-html-claim';
import { reportSummary } from './report-summary';
import { plural } from './text-format';
import { statusLabels } from './verdicts';

// The claims part of the page printed to PDF. A project can hold 100,000 claims of which a few
// hundred are checked; printing every claim in full made a thousand pages per 10,000 claims, most
// of them "not checked yet". Here the checked claims (verified, disputed, unsourced) come in full
// and each unchecked claim takes one line, so the page count follows the work done.

const isChecked = (claim: ReportClaim) => claim.status !== 'unchecked';

/** Checked claims in full, grouped by document, then unchecked claims one line each, as print blocks. */
export function printClaimBlocks(model: ReportModel, main: PrintWrapper): PrintBlock[] {
  const checked = model.claimCount - model.counts.unchecked;
  const intro =
    model.claimCount === 0
      ? '<p>No claims match this report’s selection.</p>'
      : checked === 0
        ? '<p>No claim in this report has been checked yet.</p>'
        : `<p class="doc-meta">${plural(checked, 'checked claim')} in full (verified, disputed and unsourced), in text order by document.${model.counts.unchecked > 0 ? ` ${withoutVerdict(model)} follow, one line each.` : ''}</p>`;
  const section = sectionWrapper('claims', 'Checked claims');
  const blocks: PrintBlock[] = [{ html: intro, within: [main, section] }];
  for (const doc of model.documents) {
    const claims = doc.claims.filter(isChecked);
    if (claims.length === 0) continue;
    const within = [main, section, docWrapper(doc, claims.length, 'checked')];
    for (const claim of claims) blocks.push({ html: claimHtml(claim), within });
  }
  if (model.counts.unchecked > 0) blocks.push(...uncheckedBlocks(model, main));
  return blocks;
}

/** "The 7 unchecked claims", "The 10 claims with no verdict (7 unchecked, 3 that need a re-check)". */
function withoutVerdict(model: ReportModel): string {
  const { needsRecheck } = reportSummary(model);
  const all = model.counts.unchecked;
  const need = needsRecheck === 1 ? 'needs' : 'need';
  if (needsRecheck === 0) return `The ${plural(all, 'unchecked claim')}`;
  if (needsRecheck === all) return `The ${plural(all, 'claim')} that ${need} a re-check`;
  return `The ${plural(all, 'claim')} with no verdict (${all - needsRecheck} unchecked, ${needsRecheck} that ${need} a re-check)`;
}

function uncheckedBlocks(model: ReportModel, main: PrintWrapper): PrintBlock[] {
  // Claims a new version left stale are not "unchecked": the heading says what the section holds.
  const heading = reportSummary(model).needsRecheck > 0 ? 'Claims with no verdict' : 'Unchecked claims';
  const section = sectionWrapper('unchecked', heading);
  const blocks: PrintBlock[] = [
    {
      html: '<p class="doc-meta">One line per claim; a long claim is cut at the line’s end. The HTML, Word and Markdown reports show each one in full, with its context.</p>',
      within: [main, section],
    },
  ];
  for (const doc of model.documents) {
    const claims = doc.claims.filter((claim) => !isChecked(claim));
    if (claims.length === 0) continue;
    const list = { open: '<ul class="compact">', resume: '<ul class="compact">', close: '</ul>' };
    const within = [main, section, docWrapper(doc, claims.length, 'unchecked'), list];
    for (const claim of claims) {
      // A claim a new version left stale says so first, so the cut at the line's end never hides it.
      const recheck = claim.recheck
        ? `<strong>Needs re-check (was ${statusLabels[claim.recheck.previousStatus]}):</strong> `
        : '';
      blocks.push({
        html: `<li id="claim-${escapeHtml(claim.id)}">${recheck}${escapeHtml(claim.text.replace(/\s+/g, ' '))}</li>`,
        within,
      });
    }
  }
  return blocks;
}

/** A section with its heading; reopened without the id (ids stay unique in the joined PDF). */
function sectionWrapper(id: string, heading: string): PrintWrapper {
  return { open: `<section id="${id}">\n<h2>${heading}</h2>`, resume: '<section>', close: '</section>' };
}

/** A document's heading and line of facts; a later part says the document continues. */
function docWrapper(doc: ReportDocument, count: number, kind: 'checked' | 'unchecked'): PrintWrapper {
  const title = escapeHtml(doc.title || doc.fileName);
  return {
    open: [
      `<h3>${title}</h3>`,
      `<p class="doc-meta">${escapeHtml(documentFactsLine(doc))}; ${plural(count, `${kind} claim`)}.</p>`,
    ].join('\n'),
    resume: `<h3>${title} (continued)</h3>`,
    close: '',
  };
}
