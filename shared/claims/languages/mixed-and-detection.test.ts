import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, extractClaims, loadLanguageDetector } from '../index';
import { draft } from '../../../test-support/claims/language-drafts';

/** Short paragraphs written for this test: six languages, news style, 30 to 110 characters. */
const SHORT: Record<string, string[]> = {
  en: ['Police arrested 300 people after the protest.', 'Exports grew by 3.5% in the first quarter.'],
  es: ['La policía detuvo a 300 personas tras la protesta.', 'Negó las acusaciones en un comunicado.'],
  fr: ['La police a interpellé 300 personnes après la manifestation.', 'Le pont rouvrira à la mi-février.'],
  de: [
    'Die Polizei nahm nach dem Protest 300 Menschen fest.',
    'Die Brücke wird Mitte Februar wieder geöffnet.',
  ],
  pt: ['A polícia prendeu 300 pessoas depois do protesto.', 'A ponte será reaberta em meados de fevereiro.'],
  it: ['La polizia ha arrestato 300 persone dopo la protesta.', "L'azienda ha perso 1,2 milioni di euro."],
};

describe('language detection', () => {
  beforeAll(loadLanguageDetector);

  it('tells short paragraphs of six languages apart', () => {
    for (const [language, paragraphs] of Object.entries(SHORT)) {
      for (const p of paragraphs) expect(detectLanguage(p), p).toBe(language);
    }
  });

  it('reads each paragraph of a mixed draft with its own language', () => {
    const mixed = draft('mixed-2022.txt');
    expect(mixed.result.language).toBe('en');
    expect(mixed.result.languages?.map((run) => run.language)).toEqual(['en', 'es', 'fr', 'de']);
    expect(mixed.claim('some 100,000 Russian soldiers', 'quantity').language).toBe('en');
    expect(mixed.claim('unos 100.000 soldados rusos', 'quantity')).toMatchObject({
      language: 'es',
      values: { number: 100000 },
    });
    expect(mixed.claim('quelque 100 000 soldats russes', 'quantity')).toMatchObject({
      language: 'fr',
      values: { number: 100000 },
    });
    expect(mixed.claim('rund 100.000 russische Soldaten', 'quantity')).toMatchObject({
      language: 'de',
      values: { number: 100000 },
    });
    expect(mixed.claim('vom 10. bis 20. Februar', 'date').values?.dateStart).toBe('2022-02-10');
    expect(mixed.claim('du 10 au 20 février', 'date').language).toBe('fr');
  });

  it('reads the whole draft in the language the checker chose', () => {
    const chosen = draft('es-otan-2022.txt', 'en');
    expect(chosen.result.language).toBe('en');
    expect(chosen.result.claims.every((c) => c.language === 'en')).toBe(true);
    // The English tables do not read "unos 100.000": the choice really changes the finders.
    expect(chosen.result.claims.some((c) => c.quote === 'unos 100.000 soldados')).toBe(false);
    expect(extractClaims('Hola.', { language: 'es-MX' }).language).toBe('es');
  });

  it('has no language for a draft with no text', () => {
    expect(extractClaims('').language).toBeUndefined();
  });
});
