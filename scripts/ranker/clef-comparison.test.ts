import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../shared/ranking/index';
import { digitsBaseline, meanAveragePrecision } from '../../shared/ranking/metrics';
import { readClef2019 } from './corpus';

// CLEF CheckThat! 2019 task 1 is licensed for research use only: it is not in the repository, and this
// comparison runs only when FACTDESK_CLEF2019_DIR names a copy of it.
const clef = readClef2019();
const reason = 'skipped' in clef ? ` (skipped: ${clef.skipped})` : '';

describe('the bundled ranker on CLEF 2019 training debates (never trained on)', () => {
  it.skipIf('skipped' in clef)(`ranks check-worthy sentences above the digits baseline${reason}`, () => {
    if ('skipped' in clef) return;
    expect(clef.debates).toHaveLength(19);
    const ranked = (score: (s: readonly string[]) => number[]) =>
      meanAveragePrecision(
        clef.debates.map((d) => ({
          scores: score(d.lines.map((l) => l.text)),
          labels: d.lines.map((l) => l.label),
        })),
      );
    expect(ranked(rankSentences)).toBeGreaterThan(ranked(digitsBaseline) + 0.03);
  });
});

describe('readClef2019', () => {
  it('says why the comparison is skipped', () => {
    expect(readClef2019({})).toEqual({ skipped: 'FACTDESK_CLEF2019_DIR is not set' });
    expect(readClef2019({ FACTDESK_CLEF2019_DIR: '/nonexistent/clef' })).toEqual({
      skipped: '/nonexistent/clef does not exist',
    });
  });
});
