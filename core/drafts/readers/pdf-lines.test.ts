import { describe, expect, it } from 'vitest';
import { linesToParagraphs, pageLines, type PdfTextRun } from './pdf-lines';

const run = (str: string, x: number, y: number, size = 10, hasEOL = false): PdfTextRun => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
  hasEOL,
});

describe('PDF text runs to paragraphs', () => {
  it('joins runs into lines, adding spaces only across visible gaps', () => {
    const lines = pageLines([
      run('Some', 10, 700),
      run('13,000', 40, 700),
      run('sol', 80, 700),
      run('diers', 95, 700),
      run('Next', 10, 688),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Some 13,000 soldiers', 'Next']);
  });

  it('breaks paragraphs on wide gaps and size changes, rejoins hyphenated words, drops page numbers', () => {
    const page1 = [
      { text: 'Headline', y: 760, size: 18 },
      { text: 'The first para-', y: 730, size: 10 },
      { text: 'graph goes on', y: 718, size: 10 },
      { text: 'and ends here.', y: 706, size: 10 },
      { text: 'Second paragraph', y: 680, size: 10 },
      { text: 'continues on the', y: 668, size: 10 },
      { text: '1 / 2', y: 30, size: 8 },
    ];
    const page2 = [
      { text: 'next page.', y: 760, size: 10 },
      { text: 'Page 2 of 2', y: 30, size: 8 },
    ];
    expect(linesToParagraphs([page1, page2])).toBe(
      'Headline\n\nThe first paragraph goes on and ends here.\n\nSecond paragraph continues on the next page.',
    );
  });
});
