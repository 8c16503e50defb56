import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims, loadLanguageDetector } from '../index';
import { draft, expectExactAndClean, type Draft } from '../../../test-support/claims/language-drafts';

let fr: Draft;
beforeAll(async () => {
  await loadLanguageDetector();
  fr = draft('fr-otan-2022.txt');
});

describe('claim finding in French', () => {
  it('detects the language and keeps every span exact, with nothing from the boilerplate line', () => {
    expect(fr.result.language).toBe('fr');
    expect(fr.result.claims.every((c) => c.language === 'fr')).toBe(true);
    expect(fr.result.boilerplate.map((b) => fr.text.slice(b.start, b.end))).toEqual([
      'Lire aussi : Les Bourses européennes reculent avec la crise ukrainienne',
    ]);
    expectExactAndClean(fr);
  });

  it('reads figures in French notation, with hedges, units and money', () => {
    expect(fr.claim('quelque 100 000 soldats', 'quantity').values).toMatchObject({
      number: 100000,
      hedge: 'quelque',
      approximate: true,
      unit: 'soldats',
    });
    expect(fr.claim('environ 13 000 soldats', 'quantity').values).toMatchObject({ number: 13000 });
    expect(fr.claim("1,2 milliard d'euros", 'quantity').values).toMatchObject({
      number: 1.2e9,
      currency: 'EUR',
      measure: 'budget',
    });
    expect(fr.claim('3,5 %', 'quantity').values).toMatchObject({ number: 3.5, unit: 'percent' });
    expect(fr.claim('plus de 800 chars et véhicules', 'quantity').values).toMatchObject({
      number: 800,
      bound: 'lower',
    });
  });

  it('reads dates and ranges against the draft date, and checks a duration against its dates', () => {
    expect(fr.claim('jeudi', 'date').values?.dateStart).toBe('2022-01-20');
    const range = fr.claim('dix jours, du 10 au 20 février', 'date');
    expect(range.values).toMatchObject({ dateStart: '2022-02-10', dateEnd: '2022-02-20', durationDays: 10 });
    expect(range.warnings?.join(' ')).toMatch(/11 days/);
    expect(fr.claim('à la mi-février', 'date').values).toMatchObject({
      dateStart: '2022-02-11',
      dateEnd: '2022-02-20',
    });
    expect(fr.claim('le 12 janvier', 'date').values?.dateStart).toBe('2022-01-12');
    expect(fr.claim('mi-2019', 'date').values?.dateStart).toBe('2019-05-01');
    expect(fr.claim('il y a trois ans', 'date').values?.dateStart).toBe('2019-01-01');
  });

  it('finds dates in sentences with no digit (the quick test before the date forms lets them through)', () => {
    const dates = (text: string) =>
      extractClaims(text, { documentDate: '2022-01-20', language: 'fr' })
        .claims.filter((c) => c.kind === 'date')
        .map((c) => [c.quote, c.values?.dateStart]);
    expect(dates("Les renforts sont arrivés fin févr. selon l'état-major.")).toEqual([
      ['fin févr.', '2022-02-21'],
    ]);
    expect(dates("L'an dernier, la production de chars a reculé.")).toEqual([["L'an dernier", '2021-01-01']]);
    expect(dates('Cette année, les exercices ont duré plus longtemps.')).toEqual([
      ['Cette année', '2022-01-01'],
    ]);
    expect(dates('La délégation repartira mardi prochain vers Bruxelles.')).toEqual([
      ['mardi prochain', '2022-01-25'],
    ]);
    expect(dates("Le sommet s'est ouvert à Madrid sans accord.")).toEqual([]);
  });

  it('finds quotes with their speakers, "a-t-il ajouté" included', () => {
    const first = fr.claim(
      "« Les derniers jours ont montré qu'il n'y a pas de place pour la complaisance. Nous sommes prêts à répondre », a assuré Stoltenberg",
      'quote',
    );
    expect(first.values).toMatchObject({ speaker: 'Jens Stoltenberg', attributed: true });
    expect(fr.claim('« Nous ne céderons pas », a-t-il ajouté', 'quote').values).toMatchObject({
      speaker: 'Jens Stoltenberg',
    });
  });

  it('finds the superlative, the roles and the unnamed sources', () => {
    expect(fr.claim('du plus grand déploiement russe depuis la guerre froide', 'comparison')).toBeDefined();
    expect(fr.claim("Le secrétaire général de l'Otan, Jens Stoltenberg", 'attribution').values).toMatchObject(
      {
        person: 'Jens Stoltenberg',
      },
    );
    expect(
      fr.claim('Le ministre russe des Affaires étrangères, Sergueï Lavrov', 'attribution').values,
    ).toMatchObject({ person: 'Sergueï Lavrov' });
    expect(fr.claim('Selon des sources alliées', 'attribution').values).toMatchObject({ anonymous: true });
  });
});
