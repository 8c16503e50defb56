import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { defaultStatement, STATEMENT_MAX } from './statement';
import { readRepoFile } from '../../test-support/repo-files';

const seed = readRepoFile('resources/samples/nato-belarus-2022.txt');
const found = extractClaims(seed, { documentDate: '2022-01-20' }).claims;
const statementOf = (quote: string) => found.find((claim) => claim.quote === quote)?.text;

describe('the default statement on the seed article', () => {
  it('gives the three figures of one sentence three statements, each naming its own figure only', () => {
    const soldiers = statementOf('Some 13,000 soldiers');
    const paratroopers = statementOf('another 3,500 paratroopers');
    const tanks = statementOf('800 battle tanks and armored vehicles');
    expect(soldiers).toBe(
      'Some 13,000 soldiers … are expected to participate in the exercises along the southern border, including the border with Ukraine.',
    );
    expect(paratroopers).toBe(
      '… another 3,500 paratroopers … are expected to participate in the exercises along the southern border, including the border with Ukraine.',
    );
    expect(tanks).toBe(
      '… 800 battle tanks and armored vehicles are expected to participate in the exercises along the southern border, including the border with Ukraine.',
    );
    expect(soldiers).not.toContain('3,500');
    expect(paratroopers).not.toContain('13,000');
    expect(tanks).not.toContain('paratroopers');
  });

  it('states a claim alone in a short sentence as the whole sentence', () => {
    expect(statementOf('some 100,000 soldiers')).toBe(
      'With the Balkan leader, he discussed the enormous Russian military concentration around Ukraine, of some 100,000 soldiers.',
    );
  });

  it('keeps the clauses no claim owns as context, and leaves out the other claim of the sentence', () => {
    expect(statementOf('on January 12')).toBe(
      'The idea is to continue the path of dialogue opened on January 12 in the margins of the NATO-Russia Council …',
    );
    expect(statementOf('since mid-2019')).toBe('… a forum that has not met since mid-2019.');
  });

  it('keeps the statement a finder wrote in its own words (a title, a quote)', () => {
    expect(statementOf('NATO Secretary General Jens Stoltenberg')).toBe(
      'Jens Stoltenberg is NATO Secretary General.',
    );
  });

  it('never gives two claims of the seed one statement, and each holds its own span', () => {
    const statements = found.map((claim) => claim.text);
    expect(new Set(statements).size).toBe(statements.length);
    for (const claim of found) {
      if (claim.kind === 'quote' || claim.kind === 'attribution') continue;
      expect(claim.text).toContain(claim.quote.replace(/\s+/g, ' '));
    }
  });
});

describe('defaultStatement', () => {
  const text = 'Unemployment fell to 3.5 percent last year, and spending rose 12 percent.';
  const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const sentence = { start: 0, end: text.length };
  const all = [span('3.5 percent'), span('last year'), span('12 percent')];
  const stated = (part: string) =>
    defaultStatement(
      text,
      span(part),
      sentence,
      all.filter((other) => other.start !== span(part).start),
    );

  it('marks each left-out part with "…" and drops the word that joined it', () => {
    expect(stated('3.5 percent')).toBe('Unemployment fell to 3.5 percent …');
    expect(stated('last year')).toBe('Unemployment fell to … last year …');
    expect(stated('12 percent')).toBe('… spending rose 12 percent.');
  });

  it('is the sentence when no other claim shares it', () => {
    expect(defaultStatement(text, span('12 percent'), sentence)).toBe(text);
  });

  it('ignores a claim that holds this one (a quote around its figure)', () => {
    expect(defaultStatement(text, span('12 percent'), sentence, [sentence])).toBe(text);
  });

  it("keeps the draft's own spacing around brackets and punctuation", () => {
    const plan = 'Under the plan (phase 1) the city will spend $5 million on roads and $2 million on parks.';
    const at = (part: string) => ({ start: plan.indexOf(part), end: plan.indexOf(part) + part.length });
    const whole = { start: 0, end: plan.length };
    expect(defaultStatement(plan, at('$5 million'), whole, [at('$2 million')])).toBe(
      'Under the plan (phase 1) the city will spend $5 million on roads … on parks.',
    );
    const code = 'The page ran alert(1)> when 300 users opened it on March 3.';
    const within = (part: string) => ({
      start: code.indexOf(part),
      end: code.indexOf(part) + part.length,
    });
    expect(
      defaultStatement(code, within('300 users'), { start: 0, end: code.length }, [within('on March 3')]),
    ).toBe('The page ran alert(1)> when 300 users opened it …');
  });

  it('keeps a long sentence to the clauses nearest its claim', () => {
    const long = `${'In the long preamble that nobody needs, '.repeat(4)}the council spent $4 million on roads, ${'and more words follow here, '.repeat(4)}it said.`;
    const at = long.indexOf('$4 million');
    const statement = defaultStatement(long, { start: at, end: at + 10 }, { start: 0, end: long.length });
    expect(statement).toContain('the council spent $4 million on roads');
    expect(statement.length).toBeLessThanOrEqual(STATEMENT_MAX + 40);
    expect(statement.length).toBeLessThan(long.length);
  });
});
