import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../index';
import { draft, expectExactAndClean, type Draft } from '../../../test-support/claims/language-drafts';

let pt: Draft;
beforeAll(async () => {
  await loadLanguageDetector();
  pt = draft('pt-otan-2022.txt');
});

describe('claim finding in Portuguese', () => {
  it('detects the language and keeps every span exact, with nothing from the boilerplate line', () => {
    expect(pt.result.language).toBe('pt');
    expect(pt.result.claims.every((c) => c.language === 'pt')).toBe(true);
    expect(pt.result.boilerplate.map((b) => pt.text.slice(b.start, b.end))).toEqual([
      'Leia também: Bolsas europeias caem com a crise na Ucrânia',
    ]);
    expectExactAndClean(pt);
  });

  it('reads figures in Portuguese notation, with hedges, units and money', () => {
    expect(pt.claim('cerca de 100.000 soldados', 'quantity').values).toMatchObject({
      number: 100000,
      hedge: 'cerca de',
      approximate: true,
      unit: 'soldados',
    });
    expect(pt.claim('outros 3.500 paraquedistas', 'quantity').values).toMatchObject({ additional: true });
    expect(pt.claim('1,2 milhão de euros', 'quantity').values).toMatchObject({
      number: 1.2e6,
      currency: 'EUR',
    });
    expect(pt.claim('3,5%', 'quantity').values).toMatchObject({ number: 3.5, unit: 'percent' });
  });

  it('reads dates and ranges, and checks a duration against its dates', () => {
    expect(pt.claim('na quinta-feira', 'date').values?.dateStart).toBe('2022-01-20');
    const range = pt.claim('durante dez dias, de 10 a 20 de fevereiro', 'date');
    expect(range.values).toMatchObject({ dateStart: '2022-02-10', dateEnd: '2022-02-20', durationDays: 10 });
    expect(range.warnings?.join(' ')).toMatch(/11 days/);
    expect(pt.claim('em meados de fevereiro', 'date').values?.dateStart).toBe('2022-02-11');
    expect(pt.claim('em 12 de janeiro', 'date').values?.dateStart).toBe('2022-01-12');
    expect(pt.claim('há três anos', 'date').values?.dateStart).toBe('2019-01-01');
  });

  it('finds quotes with their speakers, the superlative and the roles', () => {
    expect(
      pt.claim('“Não vamos recuar”, disse o ex-primeiro-ministro norueguês', 'quote').values,
    ).toMatchObject({
      speaker: 'Jens Stoltenberg',
    });
    expect(pt.claim('o maior envio de tropas russas desde a Guerra Fria', 'comparison')).toBeDefined();
    expect(pt.claim('O secretário-geral da Otan, Jens Stoltenberg', 'attribution').values).toMatchObject({
      person: 'Jens Stoltenberg',
    });
  });
});
