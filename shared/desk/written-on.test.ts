import { describe, expect, it } from 'vitest';
import type { ClaimShape, DeskEntry } from './entry';
import { SpanPlacer } from './written-on';

const earlier = 'Troops: 100 soldiers arrived. Gone words here.';
const later = 'Minsk, 3 May. Troops: 100 soldiers arrived.';
const entry = { replica: 'ra', seq: 1, at: '2024-05-01T12:00:00.000Z' } as DeskEntry;

describe('a span written on an earlier text, placed on the later one', () => {
  it('moves an orphaned claim’s place and keeps the words it had, and leaves a span written on the later text alone', () => {
    const placer = new SpanPlacer(
      later,
      () => [{ text: earlier, certain: true }],
      () => 1,
    );
    const at = earlier.indexOf('Gone');
    const orphaned: ClaimShape = {
      start: at,
      end: at,
      quote: 'Ministers met twice',
      kind: 'quantity',
      score: 0.5,
      anchoring: 'orphaned',
      needsRecheck: true,
    };
    const { shape, revised } = placer.shape(entry, orphaned, 'unchecked');
    expect(revised).toBeNull();
    expect(shape).toMatchObject({ quote: 'Ministers met twice', anchoring: 'orphaned', needsRecheck: true });
    expect(shape.start).toBe(shape.end);
    expect(shape.start).toBeLessThanOrEqual(later.length);

    const onLater = new SpanPlacer(
      later,
      () => [
        { text: later, certain: false },
        { text: earlier, certain: true },
      ],
      () => 1,
    );
    const soldiers = {
      ...orphaned,
      start: later.indexOf('100'),
      end: later.indexOf('100') + 12,
      quote: '100 soldiers',
    };
    expect(onLater.shape(entry, soldiers, 'verified').shape).toBe(soldiers);
  });
});
