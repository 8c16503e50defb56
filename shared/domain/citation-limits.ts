/**
 * The longest each text of a citation may be, in characters. The schema enforces them
 * (claim.ts); the citation form checks them before sending, so a checker reads which field is too
 * long instead of a refused request. Kept apart from the schema so the form needs no zod.
 */
export const CITATION_LIMITS = {
  url: 4096,
  title: 1000,
  publisher: 500,
  date: 100,
  quote: 20_000,
  locator: 500,
  archivedUrl: 4096,
} as const;
