import { describe, it, expect } from 'vitest';
import { findBoilerplate, isBoilerplateLine } from './boilerplate';
import { splitSentences } from './sentences';

describe('boilerplate', () => {
  it('recognizes related links, ads, captions and sign-offs', () => {
    for (const line of [
      'Read:\u00a0 Biggest moves: SHIB, SOL fall to 4-month lows',
      'Read more: Why the talks failed',
      'See also - The week in pictures',
      'news video',
      'The Best Online Bookmakers April 19 2024',
      'BetMGM Casino',
      'Advertisement',
      'Reporting by Jane Doe; Editing by John Roe',
      'Share this article',
      'Copyright 2024 The Daily Paper. All rights reserved.',
      'Photo: Getty Images',
    ]) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
  });

  it('keeps article text, including sentences that mention reading, videos or betting', () => {
    for (const line of [
      'Read the full report before you decide, the minister said.',
      'More than 100 people died in the floods.',
      'The video, filmed on Monday, shows soldiers crossing the border near the town of Yavoriv in western Ukraine.',
      'Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus',
      'Sports betting revenue rose 20 percent in 2023 as more states legalized online wagering, regulators said in a report released on Tuesday.',
    ]) {
      expect(isBoilerplateLine(line), line).toBe(false);
    }
  });

  it('returns line spans without surrounding spaces', () => {
    const text = 'First line.\n  news video  \nLast line.';
    const [span] = findBoilerplate(text);
    expect(text.slice(span?.start, span?.end)).toBe('news video');
  });
});

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('splits on stops but not after abbreviations, initials or inside quotes', () => {
    expect(split('Mr. Smith went to Washington. He met Dr. J. Jones at 5 p.m. today. It rained.')).toEqual([
      'Mr. Smith went to Washington.',
      'He met Dr. J. Jones at 5 p.m. today.',
      'It rained.',
    ]);
    expect(split('“We are ready. We will act,” he said. Then he left.')).toEqual([
      '“We are ready. We will act,” he said.',
      'Then he left.',
    ]);
  });

  it('ends sentences at line breaks and skips boilerplate lines', () => {
    const text = 'Headline without stop\n\nRead: other story\nBody text. More text.';
    expect(splitSentences(text, findBoilerplate(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline without stop',
      'Body text.',
      'More text.',
    ]);
  });
});
