import { claimReviewedText } from './claim-summary';
import {
  buildReportModel,
  type ReportClaim,
  type ReportData,
  type ReportDocument,
  type ReportModel,
} from './report-model';
import type { ReportSettings } from './report-options';
import { publishedBaseUrl } from './safe-url';
import { formatDate } from './text-format';
import { CLAIM_REVIEW_BEST_RATING, CLAIM_REVIEW_WORST_RATING, claimReviewRatings } from './verdicts';

type JsonObject = { [key: string]: unknown };

/**
 * The rated claims as schema.org ClaimReview items in one JSON-LD document
 * (`{"@context": "https://schema.org", "@graph": [...]}`): one per claim that counts as rated (not
 * unchecked, not left stale by a new version), rated on a 1–5 scale (see `claimReviewRatings`). Each item's `url` is
 * `<baseUrl>#claim-<id>`, the claim's anchor in the HTML report (a bare fragment without a base URL).
 */
export function renderClaimReview(data: ReportData, settings: ReportSettings = {}): string {
  const model = buildReportModel(data, settings);
  return `${scriptSafeJson(claimReviewDocument(model))}\n`;
}

/**
 * JSON that stays inert inside an HTML `<script type="application/ld+json">` block, where ClaimReview
 * is published: `<`, `>` and `&` as \u escapes (a claim's `</script>` would end the block and run what
 * follows), and the line separators U+2028 and U+2029 escaped too. The same JSON to any parser.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The JSON-LD document for an already-built model. */
export function claimReviewDocument(model: ReportModel): JsonObject {
  const graph: JsonObject[] = [];
  for (const doc of model.documents) {
    for (const claim of doc.claims) {
      const review = claimReviewItem(model, doc, claim);
      if (review) graph.push(review);
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * One ClaimReview item, or null for a claim that counts as unchecked: never checked, or one whose
 * verdict a new version of its draft left stale (its words changed or were deleted).
 */
export function claimReviewItem(
  model: ReportModel,
  doc: ReportDocument,
  claim: ReportClaim,
): JsonObject | null {
  if (claim.status === 'unchecked' || claim.recheck) return null;
  const rating = claimReviewRatings[claim.status];
  const base = publishedBaseUrl(model.options.baseUrl) ?? '';
  const checker = claim.verdict?.by || model.options.generatedBy || 'Unknown checker';
  const author = model.options.organization
    ? { '@type': 'Organization', name: model.options.organization }
    : { '@type': 'Person', name: checker };
  const appearance: JsonObject = { '@type': 'CreativeWork', name: doc.title || doc.fileName };
  const itemReviewed: JsonObject = { '@type': 'Claim', appearance };
  // The article's own publication date; the day it was imported says nothing about the claim, so
  // without the article's date there is none.
  if (doc.documentDate) {
    const published = formatDate(doc.documentDate);
    itemReviewed.datePublished = published;
    appearance.datePublished = published;
  }
  // Only a quote has an author we know (its speaker); documents carry no author, so other claims get none.
  if (claim.kind === 'quote' && claim.speaker)
    itemReviewed.author = { '@type': 'Person', name: claim.speaker };
  return {
    '@type': 'ClaimReview',
    url: `${base}#claim-${claim.id}`,
    claimReviewed: claimReviewedText(claim.text),
    datePublished: formatDate(claim.verdict?.at ?? claim.updatedAt),
    author,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: CLAIM_REVIEW_BEST_RATING,
      worstRating: CLAIM_REVIEW_WORST_RATING,
      alternateName: rating.alternateName,
    },
    itemReviewed,
  };
}
