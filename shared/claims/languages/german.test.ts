import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../index';
import { draft, expectExactAndClean, type Draft } from '../../../test-support/claims/language-drafts';

let de: Draft;
beforeAll(async () => {
  await loadLanguageDetector();
  de = draft('de-nato-2022.txt');
});

describe('claim finding in German', () => {
  it('detects the language and keeps every span exact, with nothing from the boilerplate line', () => {
    expect(de.result.language).toBe('de');
    expect(de.result.claims.every((c) => c.language === 'de')).toBe(true);
    expect(de.result.boilerplate.map((b) => de.text.slice(b.start, b.end))).toEqual([
      'Lesen Sie auch: Europas Börsen fallen wegen der Ukraine-Krise',
    ]);
    expectExactAndClean(de);
  });

  it('reads figures in German notation, with hedges, units and money', () => {
    expect(de.claim('rund 100.000 Soldaten', 'quantity').values).toMatchObject({
      number: 100000,
      hedge: 'rund',
      approximate: true,
      unit: 'Soldaten',
    });
    expect(de.claim('weitere 3.500 Fallschirmjäger', 'quantity').values).toMatchObject({
      number: 3500,
      additional: true,
    });
    expect(de.claim('1,2 Mio. Euro', 'quantity').values).toMatchObject({ number: 1.2e6, currency: 'EUR' });
    expect(de.claim('3,5 Prozent', 'quantity').values).toMatchObject({ number: 3.5, unit: 'percent' });
    expect(de.claim('mehr als 800 Kampfpanzer und gepanzerte Fahrzeuge', 'quantity').values).toMatchObject({
      number: 800,
      bound: 'lower',
      unit: 'Kampfpanzer und gepanzerte Fahrzeuge',
    });
  });

  it('reads dates and ranges against the draft date, and checks a duration against its dates', () => {
    expect(de.claim('am Donnerstag', 'date').values?.dateStart).toBe('2022-01-20');
    const range = de.claim('zehn Tage lang, vom 10. bis 20. Februar', 'date');
    expect(range.values).toMatchObject({ dateStart: '2022-02-10', dateEnd: '2022-02-20', durationDays: 10 });
    expect(range.warnings?.join(' ')).toMatch(/11 days/);
    expect(de.claim('Mitte Februar', 'date').values).toMatchObject({
      dateStart: '2022-02-11',
      dateEnd: '2022-02-20',
    });
    expect(de.claim('am 12. Januar', 'date').values?.dateStart).toBe('2022-01-12');
    expect(de.claim('Mitte 2019', 'date').values?.dateStart).toBe('2019-05-01');
    expect(de.claim('vor drei Jahren', 'date').values?.dateStart).toBe('2019-01-01');
  });

  it('finds quotes („…“) with their speakers', () => {
    const first = de.claim(
      '„Die letzten Tage haben gezeigt, dass es keinen Raum für Selbstzufriedenheit gibt. Wir sind bereit zu reagieren“, versicherte Stoltenberg',
      'quote',
    );
    expect(first.values).toMatchObject({ speaker: 'Jens Stoltenberg', attributed: true });
    const second = de.claim(
      '„Wir werden nicht nachgeben“, sagte der frühere norwegische Ministerpräsident',
      'quote',
    );
    expect(second.values).toMatchObject({ speaker: 'Jens Stoltenberg' });
    expect(second.text).toBe('Jens Stoltenberg sagte: „Wir werden nicht nachgeben“');
  });

  it('finds the superlative and the roles', () => {
    expect(
      de.claim('die größte russische Truppenverlegung seit dem Kalten Krieg', 'comparison'),
    ).toBeDefined();
    expect(de.claim('NATO-Generalsekretär Jens Stoltenberg', 'attribution').values).toMatchObject({
      person: 'Jens Stoltenberg',
    });
    expect(de.claim('Der russische Außenminister Sergej Lawrow', 'attribution').values).toMatchObject({
      person: 'Sergej Lawrow',
    });
  });
});
