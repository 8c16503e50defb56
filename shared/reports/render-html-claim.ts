import { claimFacts, evidenceSentence, recheckSentence, verdictWords } from './claim-facts';
import { escapeHtml, escapeHtmlLines, htmlLink } from './html-escape';
import type { ReportCitation, ReportClaim } from './report-model';
import { linkableUrl } from './safe-url';
import { formatTimestamp, paragraphsOf } from './text-format';
import { stanceLabels } from './verdicts';

/** One claim as an `<article>` whose id is `claim-<id>`, the fragment ClaimReview URLs point to. */
export function claimHtml(claim: ReportClaim): string {
  const parts = [
    `<article class="claim s-${claim.status}" id="claim-${escapeHtml(claim.id)}">`,
    `<h4>${escapeHtml(claim.text)}</h4>`,
    verdictHtml(claim),
    ...flagsHtml(claim),
    ...factsHtml(claim),
    contextHtml(claim),
  ];
  if (claim.note !== null && claim.note.trim() !== '') {
    parts.push(
      '<div class="note">',
      '<p class="label">Note</p>',
      ...paragraphsOf(claim.note).map((paragraph) => `<p>${escapeHtmlLines(paragraph)}</p>`),
      '</div>',
    );
  }
  parts.push('<p class="label">Sources</p>');
  if (claim.citations.length === 0) parts.push('<p>No sources cited.</p>');
  else parts.push('<ul class="citations">', ...claim.citations.map(citationHtml), '</ul>');
  if (claim.warnings.length > 0) {
    parts.push(
      '<p class="label">Consistency warnings</p>',
      '<ul class="warnings">',
      ...claim.warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`),
      '</ul>',
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}

function verdictHtml(claim: ReportClaim): string {
  const badge = `<span class="badge s-${claim.status}">${escapeHtml(verdictWords(claim))}</span>`;
  const who = claim.verdict?.by ? ` by ${escapeHtml(claim.verdict.by)}` : '';
  const when = claim.verdict
    ? ` on <time datetime="${escapeHtml(claim.verdict.at)}">${escapeHtml(formatTimestamp(claim.verdict.at))}</time>`
    : '';
  const checked = claim.verdict ? `, checked${who}${when}` : '';
  const approved = claim.approval
    ? `; approved by ${escapeHtml(claim.approval.by)} on <time datetime="${escapeHtml(claim.approval.at)}">${escapeHtml(formatTimestamp(claim.approval.at))}</time>`
    : '';
  return `<p class="verdict">Verdict: ${badge}${checked}${approved}</p>`;
}

/** The claim's flags: a verdict a new version took back, a verdict without the evidence it needs. */
function flagsHtml(claim: ReportClaim): string[] {
  return [recheckSentence(claim), evidenceSentence(claim)]
    .filter((sentence): sentence is string => sentence !== null)
    .map((sentence) => `<p class="recheck"><strong>${escapeHtml(sentence)}</strong></p>`);
}

function factsHtml(claim: ReportClaim): string[] {
  const facts = claimFacts(claim);
  if (facts.length === 0) return [];
  return [
    `<p class="facts">${facts.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`).join(' · ')}</p>`,
  ];
}

function contextHtml(claim: ReportClaim): string {
  const { before, quote, after } = claim.context;
  const speaker = claim.speaker ? `<p class="label">Quoted: ${escapeHtml(claim.speaker)}</p>\n` : '';
  return `${speaker}<blockquote class="context"><p>${escapeHtml(before)}<mark>${escapeHtml(quote)}</mark>${escapeHtml(after)}</p></blockquote>`;
}

/** One source as a list item: stance, title (linked only when http or https), publisher, date, URLs, quote. */
export function citationHtml(citation: ReportCitation): string {
  const stance = `<span class="stance">${stanceLabels[citation.stance]}:</span> `;
  if (citation.redacted)
    return `<li>${stance}<span class="redacted">Confidential source (withheld)</span></li>`;
  const url = linkableUrl(citation.url);
  const details = [
    citation.publisher,
    citation.date,
    citation.locator,
    citation.fileName && `file: ${citation.fileName}`,
  ]
    .filter((part): part is string => Boolean(part))
    .map(escapeHtml);
  const lines = [
    `${stance}<cite>${htmlLink(citation.title, url)}</cite>${details.length ? ` — ${details.join(', ')}` : ''}`,
  ];
  if (citation.url) lines.push(`<br>URL: ${htmlLink(citation.url, url)}`);
  if (citation.archivedUrl)
    lines.push(`<br>Archived: ${htmlLink(citation.archivedUrl, linkableUrl(citation.archivedUrl))}`);
  if (citation.quote.trim())
    lines.push(`<blockquote><p>${escapeHtmlLines(citation.quote.trim())}</p></blockquote>`);
  return `<li>${lines.join('\n')}</li>`;
}
