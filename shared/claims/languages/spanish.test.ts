import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../index';
import { draft, expectExactAndClean, type Draft } from '../../../test-support/claims/language-drafts';

let es: Draft;
beforeAll(async () => {
  await loadLanguageDetector();
  es = draft('es-otan-2022.txt');
});

describe('claim finding in Spanish', () => {
  it('detects the language and keeps every span exact, with nothing from the boilerplate line', () => {
    expect(es.result.language).toBe('es');
    expect(es.result.claims.every((c) => c.language === 'es')).toBe(true);
    expect(es.result.boilerplate.map((b) => es.text.slice(b.start, b.end))).toEqual([
      'Lea también: Las bolsas europeas caen por la tensión en Ucrania',
    ]);
    expectExactAndClean(es);
  });

  it('reads figures in Spanish notation, with hedges, units and money', () => {
    expect(es.claim('unos 100.000 soldados', 'quantity').values).toMatchObject({
      number: 100000,
      hedge: 'unos',
      approximate: true,
      unit: 'soldados',
    });
    expect(es.claim('otros 3.500 paracaidistas', 'quantity').values).toMatchObject({
      number: 3500,
      additional: true,
    });
    expect(es.claim('1,2 millones de euros', 'quantity').values).toMatchObject({
      number: 1.2e6,
      currency: 'EUR',
    });
    expect(es.claim('3,5 %', 'quantity').values).toMatchObject({ number: 3.5, unit: 'percent' });
    expect(es.claim('más de 800 tanques y vehículos blindados', 'quantity').values).toMatchObject({
      number: 800,
      bound: 'lower',
      unit: 'tanques y vehículos blindados',
    });
  });

  it('reads dates and ranges against the draft date, and checks a duration against its dates', () => {
    expect(es.claim('el jueves', 'date').values?.dateStart).toBe('2022-01-20');
    const range = es.claim('diez días, del 10 al 20 de febrero', 'date');
    expect(range.values).toMatchObject({
      dateStart: '2022-02-10',
      dateEnd: '2022-02-20',
      durationDays: 10,
      rangeDays: 11,
    });
    expect(range.warnings?.join(' ')).toMatch(/11 days/);
    expect(es.claim('a mediados de febrero', 'date').values).toMatchObject({
      dateStart: '2022-02-11',
      dateEnd: '2022-02-20',
    });
    expect(es.claim('12 de enero', 'date').values?.dateStart).toBe('2022-01-12');
    expect(es.claim('a mediados de 2019', 'date').values).toMatchObject({
      dateStart: '2019-05-01',
      dateEnd: '2019-08-31',
    });
  });

  it('finds quotes with their speakers, dialogue dashes included', () => {
    const first = es.claim(
      '«Los últimos días han demostrado que no hay margen para la complacencia. Estamos preparados para responder», aseguró Stoltenberg',
      'quote',
    );
    expect(first.values).toMatchObject({ speaker: 'Jens Stoltenberg', attributed: true });
    const dash = es.claim('—No vamos a retroceder —dijo el ex primer ministro noruego', 'quote');
    expect(dash.values).toMatchObject({ speaker: 'Jens Stoltenberg' });
    expect(dash.text).toBe('Jens Stoltenberg dijo: «No vamos a retroceder»');
  });

  it('finds the superlative, the roles and the unnamed sources', () => {
    expect(es.claim('del mayor despliegue ruso desde la Guerra Fría', 'comparison')).toBeDefined();
    expect(
      es.claim('El secretario general de la OTAN, Jens Stoltenberg', 'attribution').values,
    ).toMatchObject({
      person: 'Jens Stoltenberg',
    });
    expect(es.claim('Según fuentes aliadas', 'attribution').values).toMatchObject({ anonymous: true });
  });
});
