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
    expect(q?.text).toBe('Olaf Scholz said: “We will not send troops to the region.”');
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
