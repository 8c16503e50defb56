import { describe, it, expect } from 'vitest';
import { extractClaims } from './index';
import type { FoundClaim } from './index';
import { readRepoFile } from '../../test-support/repo-files';

const text = readRepoFile('resources/samples/nato-belarus-2022.txt');
const result = extractClaims(text, { documentDate: '2022-01-20' });
const claims = result.claims;

function find(phrase: string, kind?: FoundClaim['kind']): FoundClaim | undefined {
  return claims.find((c) => c.quote.includes(phrase) && (kind === undefined || c.kind === kind));
}

describe('extractClaims on the seed article (nato-belarus-2022.txt)', () => {
  it('keeps every span exact', () => {
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
      expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
    }
  });

  it('finds every figure, with hedges and units', () => {
    expect(find('some 100,000 soldiers', 'quantity')?.values).toMatchObject({
      number: 100000,
      approximate: true,
      hedge: 'some',
      unit: 'soldiers',
    });
    expect(find('Some 13,000 soldiers', 'quantity')?.values).toMatchObject({
      number: 13000,
      approximate: true,
    });
    expect(find('another 3,500 paratroopers', 'quantity')?.values).toMatchObject({
      number: 3500,
      additional: true,
    });
    expect(find('800 battle tanks and armored vehicles', 'quantity')?.values).toMatchObject({
      number: 800,
      unit: 'battle tanks and armored vehicles',
    });
  });

  it('finds every date, resolved against the document date', () => {
    expect(find('on Thursday', 'date')?.values?.dateStart).toBe('2022-01-20');
    expect(find('mid-February', 'date')?.values).toMatchObject({
      dateStart: '2022-02-11',
      dateEnd: '2022-02-20',
    });
    const range = find('for ten days, from February 10 to 20', 'date');
    expect(range?.values).toMatchObject({
      dateStart: '2022-02-10',
      dateEnd: '2022-02-20',
      durationDays: 10,
      rangeDays: 11,
    });
    expect(range?.warnings?.join(' ')).toMatch(/11 days/);
    expect(find('January 12', 'date')?.values?.dateStart).toBe('2022-01-12');
    expect(find('mid-2019', 'date')?.values).toMatchObject({
      dateStart: '2019-05-01',
      dateEnd: '2019-08-31',
    });
  });

  it('finds both Stoltenberg quotes with the speaker resolved, and the allied-sources quote', () => {
    const first = find('The last few days', 'quote');
    expect(first?.values).toMatchObject({ speaker: 'Jens Stoltenberg', attributed: true });
    expect(first?.text).toMatch(/^Jens Stoltenberg said: “The last few days/);
    const second = find('NATO insists on its request', 'quote');
    expect(second?.values).toMatchObject({
      speaker: 'Jens Stoltenberg',
      speakerAsWritten: 'the former Norwegian prime minister',
    });
    const sources = find('We have all the options on the table', 'quote');
    expect(sources?.values).toMatchObject({
      speaker: 'the allied sources',
      anonymous: true,
      attributed: true,
    });
  });

  it('finds the superlative and the roles', () => {
    expect(find('the largest Russian deployment since the Cold War', 'comparison')).toBeDefined();
    expect(find('the former Norwegian prime minister', 'attribution')?.text).toBe(
      'Jens Stoltenberg is the former Norwegian prime minister.',
    );
    expect(find('Prime Minister of North Macedonia', 'attribution')?.values).toMatchObject({
      person: 'Dimitar Kovacevski',
    });
  });

  it('finds the event statements a checker would source', () => {
    expect(find('has flatly rejected Russian demands', 'event')).toBeDefined();
    expect(find('according to the sources consulted', 'attribution')).toBeDefined();
  });

  it('takes nothing from boilerplate, and marks it', () => {
    const lines = result.boilerplate.map((b) => text.slice(b.start, b.end));
    expect(lines).toEqual([
      expect.stringMatching(/^Read:\s+Biggest moves/),
      expect.stringMatching(/^Read:\s+Kazakhstan/),
      'news video',
      'The Best Online Bookmakers April 19 2024',
      'BetMGM Casino',
    ]);
    for (const c of claims) {
      for (const b of result.boilerplate) expect(c.end <= b.start || c.start >= b.end).toBe(true);
    }
    expect(claims.some((c) => /2024|Bookmakers|Casino|SHIB|4-month/.test(c.quote))).toBe(false);
  });

  it('gives at most 30 suggestions, best first', () => {
    expect(claims.length).toBeLessThanOrEqual(30);
    for (let i = 1; i < claims.length; i++) {
      const a = claims[i - 1] as FoundClaim;
      const b = claims[i] as FoundClaim;
      expect(a.score + (a.warnings?.length ? 0.05 : 0)).toBeGreaterThanOrEqual(
        b.score + (b.warnings?.length ? 0.05 : 0),
      );
    }
    // Figures lead the list.
    expect(claims.slice(0, 5).filter((c) => c.kind === 'quantity').length).toBeGreaterThanOrEqual(3);
  });

  it('leaves relative dates unresolved without a document date', () => {
    const undated = extractClaims(text);
    const thursday = undated.claims.find((c) => c.quote.includes('on Thursday'));
    expect(thursday?.values?.dateStart).toBeUndefined();
    expect(thursday?.values?.resolved).toBe(false);
    expect(undated.claims.find((c) => c.quote.includes('mid-2019'))?.values?.dateStart).toBe('2019-05-01');
  });

  it('does not suggest dismissed quotes again, and honours maxSuggestions', () => {
    const dismissed = extractClaims(text, {
      dismissed: ['some 100,000 soldiers', 'on Thursday'],
      maxSuggestions: 100,
    });
    expect(
      dismissed.claims.some((c) => c.quote === 'some 100,000 soldiers' || c.quote === 'on Thursday'),
    ).toBe(false);
    expect(dismissed.claims.length).toBe(result.claims.length - 2);
    expect(extractClaims(text, { maxSuggestions: 5 }).claims).toHaveLength(5);
  });

  it('handles empty and claim-free text', () => {
    expect(extractClaims('')).toEqual({ claims: [], boilerplate: [], sentences: [] });
    expect(extractClaims('Hello there.\n\nThanks!').claims).toEqual([]);
  });
});
