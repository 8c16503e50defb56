import { describe, it, expect } from 'vitest';
import { findQuantities } from './quantities';
import type { LanguagePack } from './languages/tables';
import { GERMAN } from './languages/de';
import { FRENCH } from './languages/fr';
import { SPANISH } from './languages/es';
import { PORTUGUESE } from './languages/pt';

/** The figures found in `text`, read with the tables of `lang`: quote and values. */
function figures(text: string, lang: LanguagePack): Array<[string, Record<string, unknown>]> {
  return findQuantities({ text, start: 0, end: text.length }, lang).map((c) => [
    text.slice(c.start, c.end),
    c.values,
  ]);
}

describe('local telephone numbers in the languages with finder tables', () => {
  const cases: Array<[LanguagePack, string[], string]> = [
    [
      GERMAN,
      ['Rufen Sie 555-1234 an.', 'Tel. 555-1234, Fax 555-1299.', 'Telefon: 555-1234.', 'Hotline 555-1234.'],
      'Die Partei will 300-1200 Delegierte wählen.',
    ],
    [
      FRENCH,
      [
        'Appelez le 555-1234.',
        'Tél. 555-1234.',
        'Téléphone : 555-1234 ou fax 555-1299.',
        'Numéro : 555-1234.',
      ],
      'Le parti appelle 300-1200 réservistes.',
    ],
    [
      SPANISH,
      ['Llame al 555-1234.', 'Tel. 555-1234.', 'Teléfono 555-1234 cualquier día.', 'Marque el 555-1234.'],
      'El ejército llama a 300-1200 reservistas.',
    ],
    [
      PORTUGUESE,
      ['Ligue para 555-1234.', 'Tel. 555-1234.', 'Telefone 555-1234 hoje.', 'Disque 555-1234.'],
      'O exército vai ligar 300-1200 reservistas.',
    ],
  ];

  it('finds no figure in "555-1234" after a telephone word of the language', () => {
    for (const [lang, texts] of cases) {
      for (const text of texts) expect(figures(text, lang), `${lang.code}: ${text}`).toEqual([]);
    }
  });

  it('keeps a range when a noun is counted after it, telephone word or not', () => {
    for (const [lang, , counted] of cases) {
      expect(figures(counted, lang)[0]?.[1], `${lang.code}: ${counted}`).toMatchObject({
        number: 300,
        numberMax: 1200,
      });
    }
    expect(figures('Unos 300-1200 soldados cruzaron.', SPANISH)[0]?.[1]).toMatchObject({
      number: 300,
      numberMax: 1200,
      unit: 'soldados',
    });
  });
});
