import { describe, it, expect } from 'vitest';
import { extractClaims } from './index';

const quotes = (text: string) =>
  extractClaims(text, { maxSuggestions: 100 }).claims.filter((c) => c.kind === 'quote');

describe('quotes', () => {
  it('attributes a quote to the speaker after it, resolving a surname to the full name', () => {
    const text =
      'Chancellor Olaf Scholz met the press. “We will not send troops to the region,” Scholz said on Friday.';
    const [q] = quotes(text);
    expect(q?.values).toMatchObject({ speaker: 'Olaf Scholz', attributed: true });
    expect(q?.quote).toBe('“We will not send troops to the region,” Scholz said');
    // The words as quoted: the comma that hands over to "Scholz said" goes, no full stop is added.
    expect(q?.text).toBe('Olaf Scholz said: “We will not send troops to the region”');
  });

  it('reads "said X", a speaker before the quote, and "according to"', () => {
    expect(quotes('“Inflation has peaked for this year,” said Janet Yellen.')[0]?.values?.speaker).toBe(
      'Janet Yellen',
    );
    expect(quotes('Yellen told reporters: “Inflation has peaked for this year.”')[0]?.values?.speaker).toBe(
      'Yellen',
    );
    expect(
      quotes('According to Janet Yellen, “inflation has peaked for this year.”')[0]?.values?.speaker,
    ).toBe('Janet Yellen');
  });

  it('finds a speaker written after "said" with a role before the name, and states the role apart', () => {
    const found = extractClaims(
      '"We have cut crime by 40 percent in two years," said police chief Tom Brown.',
      { maxSuggestions: 100 },
    ).claims;
    const q = found.find((c) => c.kind === 'quote');
    expect(q?.values).toMatchObject({
      attributed: true,
      speaker: 'Tom Brown',
      speakerAsWritten: 'police chief Tom Brown',
    });
    expect(q?.warnings).toBeUndefined();
    expect(q?.text).toBe('Tom Brown said: “We have cut crime by 40 percent in two years”');
    const role = found.find((c) => c.kind === 'attribution');
    expect(role).toMatchObject({ quote: 'police chief Tom Brown', text: 'Tom Brown is the police chief.' });
    for (const [written, speaker] of [
      ['said transit chief Maria Diaz', 'Maria Diaz'],
      ["said the mayor's spokesman Jo Ng", 'Jo Ng'],
      ['said spokeswoman Jo Ng', 'Jo Ng'],
      ['said Interior Minister Ana Ruiz', 'Ana Ruiz'],
      ['said Chief Executive Tim Cook', 'Tim Cook'],
      ['police chief Tom Brown said', 'Tom Brown'],
    ]) {
      const [quote] = quotes(`“Ridership is up 12 percent since the spring,” ${written}.`);
      expect(quote?.values, written).toMatchObject({ attributed: true, speaker });
    }
  });

  it('keeps a title with a lone surname no one named before: "President Biden"', () => {
    const [q] = quotes('“The economy is stronger than ever,” said President Biden.');
    expect(q?.values?.speaker).toBe('President Biden');
  });

  it('keeps a nested quotation inside its outer quote', () => {
    const text = "“He told me ‘we will win this war’ and then he left the room,” the minister's aide said.";
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.quote).toContain('‘we will win this war’');
  });

  it('flags an unattributed quote', () => {
    const [q] = quotes('The plan was simple. “Nobody will lose their job because of this merger.”');
    expect(q?.values?.attributed).toBe(false);
    expect(q?.warnings?.[0]).toMatch(/no speaker/);
  });

  it('ignores scare quotes and titles', () => {
    expect(quotes('Kazakhstan reaffirms its "neutrality" in foreign policy.')).toEqual([]);
  });

  it('marks anonymous sources', () => {
    const [q] = quotes(
      '“The talks collapsed over the border question,” officials familiar with the matter said.',
    );
    expect(q?.values?.anonymous).toBe(true);
  });
});
