import { beforeAll, describe, expect, it } from 'vitest';
import { countCommonWords, hasLetters } from './common-words';
import { LANGUAGE_PACKS } from './languages/packs';
import { detectLanguage, loadLanguageDetector } from './language';
import { sampleDraftTexts } from '../../test-support/repo-files';

/** News paragraphs written for this test in languages without finder tables, which share short words with them. */
const WITHOUT_TABLES: Record<string, string> = {
  it: "Il segretario generale della NATO ha detto giovedì che circa 100.000 soldati russi sono ammassati vicino all'Ucraina, il più grande dispiegamento dalla guerra fredda. Secondo il governo la situazione è molto tesa.",
  nl: 'De secretaris-generaal van de NAVO zei donderdag dat ongeveer 100.000 Russische soldaten bij Oekraïne zijn samengetrokken, de grootste inzet sinds de Koude Oorlog. Volgens de regering is de situatie zeer gespannen.',
  ca: "El secretari general de l'OTAN va dir dijous que uns 100.000 soldats russos es concentren a prop d'Ucraïna, el desplegament més gran des de la guerra freda. Segons el govern, la situació és molt tensa.",
  ro: 'Secretarul general al NATO a declarat joi că aproximativ 100.000 de soldați ruși sunt concentrați lângă Ucraina, cea mai mare desfășurare de la războiul rece. Potrivit guvernului, situația este foarte tensionată.',
};

/** Galician, which eld's small tables read as Spanish: the count must not be sure of Portuguese. */
const GALICIAN =
  'O secretario xeral da OTAN dixo o xoves que uns 100.000 soldados rusos están concentrados preto de Ucraína, o maior despregamento desde a guerra fría. Segundo o goberno, a situación é moi tensa.';

/** Every non-empty paragraph of the repository's sample drafts (English and the other languages). */
function sampleParagraphs(): string[] {
  return sampleDraftTexts().flatMap((text) => text.split('\n').filter((p) => p.trim() !== ''));
}

describe('the common-word count', () => {
  beforeAll(loadLanguageDetector);

  it('is sure of a language only where eld finds the same one', () => {
    const paragraphs = [...sampleParagraphs(), ...Object.values(WITHOUT_TABLES), GALICIAN];
    let sure = 0;
    let prose = 0;
    for (const p of paragraphs) {
      const { sure: language } = countCommonWords(p);
      if (p.length >= 200) prose++;
      if (language === undefined) continue;
      sure++;
      expect(detectLanguage(p.slice(0, 1000)), p).toBe(language);
    }
    // Most paragraphs of prose are decided without eld, or the count saves nothing.
    expect(sure).toBeGreaterThan(prose / 2);
  });

  it('is not sure of a paragraph in a language without tables', () => {
    for (const [language, p] of Object.entries(WITHOUT_TABLES)) {
      expect(detectLanguage(p), p).toBe(language);
      expect(countCommonWords(p).sure, language).toBeUndefined();
    }
  });

  // Spanish, French and Portuguese share many common words, so the count is rarely sure of them: eld
  // is asked. English and German are told apart by their own.
  it('is sure of plain English and German prose', () => {
    const prose: Record<string, string> = {
      en: 'The minister said on Tuesday that the plan was not ready and that it would be put to a vote in May.',
      de: 'Der Minister sagte am Dienstag, dass der Plan noch nicht fertig sei und im Mai zur Abstimmung komme.',
    };
    for (const [language, p] of Object.entries(prose)) expect(countCommonWords(p).sure, p).toBe(language);
  });

  it('reads words as /\\p{L}+/gu does in the first 400 characters', () => {
    // The plain way, for comparison: every run of letters in the text cut at 400 characters.
    const plainCount = (text: string, code: string): number => {
      const common = LANGUAGE_PACKS.find((pack) => pack.code === code)?.functionWords;
      return [...text.slice(0, 400).matchAll(/\p{L}+/gu)].filter((m) => common?.has(m[0].toLowerCase()))
        .length;
    };
    const texts = [
      'Él dijo que la ÉPOCA de los 𝐀𝐁 años (según él) no es la más dura; ¿Y THE cat?',
      `${'x '.repeat(199)}𝐀the`, // a letter of two UTF-16 units cut in two at character 400
      `${'y '.repeat(198)}éthe der`,
      "ªthe µde ºla ǅund ﬁthe 42the the42 l’homme d'un",
      ...sampleParagraphs(),
    ];
    for (const text of texts) {
      const words = countCommonWords(text);
      for (const pack of LANGUAGE_PACKS) expect(words.of(pack.code), text).toBe(plainCount(text, pack.code));
    }
  });

  it('tells at least n letters as /^(?:\\P{L}*\\p{L}){n}/u does, in any part of a text', () => {
    const texts = [
      '',
      'Él dijo que la ÉPOCA de los 𝐀𝐁 años (según él) no es la más dura; ¿Y THE cat?',
      '𝐀𝐁𝐂 \ud835 lone high \udc00 lone low e\u0301 ١٢٣ ªµºǅﬁ 42 日本語 Σύνταγμα',
      ...sampleParagraphs(),
    ];
    for (const text of texts) {
      for (const [start, end] of [
        [0, text.length],
        [1, text.length - 1],
        [3, Math.min(11, text.length)],
      ] as const) {
        if (start > end) continue;
        for (const n of [1, 3, 8, 40]) {
          const byRegex = new RegExp(`^(?:\\P{L}*\\p{L}){${n}}`, 'u').test(text.slice(start, end));
          expect(hasLetters(text, start, end, n), `${n} in ${JSON.stringify(text)} [${start}, ${end})`).toBe(
            byRegex,
          );
        }
      }
    }
  });
});
