/**
 * A minimal stand-in for the schema.org JSON-LD context, served to `jsonld` by a document loader in
 * tests so nothing is fetched: the terms a ClaimReview uses, with `url` typed as an IRI like the real one.
 */
export const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': 'http://schema.org/',
    schema: 'http://schema.org/',
    url: { '@id': 'schema:url', '@type': '@id' },
    datePublished: { '@id': 'schema:datePublished', '@type': 'schema:Date' },
  },
};

/** A jsonld document loader that knows only schema.org's context and refuses every other URL. */
export async function offlineDocumentLoader(url: string) {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  }
  throw new Error(`The test loader refuses to fetch ${url}.`);
}
