import { describe, expect, it } from 'vitest';
import { extractClaims, languageDetectorLoaded } from '../index';
import { readRepoFile } from '../../../test-support/repo-files';

// This file never loads eld: the common-word count alone tells the languages that have tables.
describe('before the detector loads', () => {
  it('still reads each paragraph with the tables of its language', () => {
    expect(languageDetectorLoaded()).toBe(false);
    const text = readRepoFile('resources/samples/languages/mixed-2022.txt');
    const result = extractClaims(text, { documentDate: '2022-01-20' });
    expect(result.languages?.map((run) => run.language)).toEqual(['en', 'es', 'fr', 'de']);
    expect(result.claims.find((c) => c.quote === 'unos 100.000 soldados rusos')?.language).toBe('es');
    expect(extractClaims(readRepoFile('resources/samples/nato-belarus-2022.txt')).language).toBe('en');
  });
});
