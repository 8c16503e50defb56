import { describe, expect, it } from 'vitest';
import { anchorOf, reanchor, standsAlone } from './re-anchor';
import { similarity } from './similarity';
import { diffTexts } from './text-diff';

/** Re-anchors the first occurrence of `quote` in `oldText` into `newText`. */
function follow(oldText: string, newText: string, quote: string, taken?: ReadonlySet<string>) {
  const start = oldText.indexOf(quote);
  return reanchor(
    anchorOf(oldText, start, start + quote.length),
    newText,
    diffTexts(oldText, newText),
    taken,
  );
}

describe('anchorOf', () => {
  it('keeps the quote, 32 characters either side, and the offsets', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(anchorOf(text, 40, 45)).toEqual({
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
      start: 40,
      end: 45,
    });
    expect(anchorOf('QUOTE', 0, 5)).toMatchObject({ prefix: '', suffix: '' });
  });
});

describe('reanchor', () => {
  const before =
    'Turnout was high.\nThe ministry counted 4.2 million votes on Sunday.\nResults come Monday.\n';

  it('is exact when the edit left the claim and its place alone', () => {
    const after = `A new first line.\n${before}`;
    expect(follow(before, after, '4.2 million votes')).toEqual({
      state: 'exact',
      start: after.indexOf('4.2 million votes'),
      end: after.indexOf('4.2 million votes') + 17,
      quote: '4.2 million votes',
    });
  });

  it('is moved when the same words turn up elsewhere, and picks the copy with the same surroundings', () => {
    const old = 'One.\nTwo.\nThe ministry counted 4.2 million votes on Sunday.\nThree.\nFour.\n';
    const after =
      'One.\nAnalysts expected 4.2 million votes.\nTwo.\nThree.\nFour.\nThe ministry counted 4.2 million votes on Sunday.\n';
    const result = follow(old, after, '4.2 million votes');
    expect(result.state).toBe('moved');
    expect(result.start).toBe(after.indexOf('counted 4.2') + 'counted '.length);
  });

  it('does not take a span another claim already holds', () => {
    const after = 'The ministry counted 4.2 million votes on Sunday.\nTurnout was high.\n';
    const first = after.indexOf('4.2 million votes');
    const taken = new Set([`${first}:${first + 17}`]);
    expect(follow(before, after, '4.2 million votes', taken).state).not.toBe('moved');
  });

  it('is changed when the figure was corrected between the same surroundings', () => {
    const after = before.replace('4.2 million', '4.7 million');
    expect(follow(before, after, '4.2 million votes')).toEqual({
      state: 'changed',
      start: after.indexOf('4.7 million votes'),
      end: after.indexOf('4.7 million votes') + 17,
      quote: '4.7 million votes',
    });
  });

  it('is changed when a paragraph moved and its figure changed as well', () => {
    const after =
      'Results come Monday.\nTurnout was high.\nThe ministry counted 4.7 million votes on Sunday.\n';
    expect(follow(before, after, '4.2 million votes')).toMatchObject({
      state: 'changed',
      quote: '4.7 million votes',
    });
  });

  it('is orphaned, at the place it was, when its sentence is gone or rewritten beyond recognition', () => {
    const gone = 'Turnout was high.\nResults come Monday.\n';
    expect(follow(before, gone, '4.2 million votes')).toEqual({
      state: 'orphaned',
      start: gone.indexOf('Results'),
      end: gone.indexOf('Results'),
      quote: '4.2 million votes',
    });
    const rewritten = before.replace('4.2 million votes', 'a quiet weekend for everyone');
    expect(follow(before, rewritten, '4.2 million votes').state).toBe('orphaned');
  });

  it('flags a short quote whose sentence was rewritten around it, instead of calling it untouched', () => {
    const old = 'Prices rose in 2021 after the storm.';
    const next = 'A different story from 2021 entirely, nothing alike.';
    expect(follow(old, next, '2021')).toMatchObject({ state: 'changed', quote: '2021' });
  });
});

describe('standsAlone', () => {
  it('refuses a figure found inside a longer number or word', () => {
    const text = 'Some 770 people and 70 people came.';
    expect(standsAlone(text, text.indexOf('70 people'), 9)).toBe(false);
    expect(standsAlone(text, text.lastIndexOf('70 people'), 9)).toBe(true);
    expect(standsAlone('re-elected', 3, 7)).toBe(true);
  });

  it('keeps a moved figure from landing inside a bigger one', () => {
    const old = 'Officials said 70 people met on day 1, as planned.\nOther news.\n';
    const next = 'Other news.\nOfficials said 770 people met on day 2, as planned.\n';
    // Not "moved" into 770: the figure changed, and the claim says so.
    expect(follow(old, next, '70 people')).toMatchObject({ state: 'changed', quote: '770 people' });
  });
});

describe('similarity', () => {
  it('rates a corrected figure close and unrelated text far', () => {
    expect(similarity('Some 13,000 soldiers', 'Some 30,000 soldiers')).toBeGreaterThan(0.7);
    expect(similarity('Some 13,000 soldiers', 'a quiet weekend')).toBeLessThan(0.3);
    expect(similarity('A', 'a')).toBe(1);
  });
});

describe('reanchor: a figure, date or name replaced in place', () => {
  it('is changed when "$27 a month" becomes "$31 a month", though the figures share no letters', () => {
    const old = 'PORT ELLIS — Riders will pay $27 a month from June, the board said.\n';
    const next = old.replace('$27', '$31');
    expect(follow(old, next, '$27')).toEqual({
      state: 'changed',
      start: next.indexOf('$31'),
      end: next.indexOf('$31') + 3,
      quote: '$31',
    });
  });

  it('is changed when the words just before it were edited too, and the new figure is longer', () => {
    const old = 'A basic plan costs $27 a month.\n';
    expect(follow(old, 'A basic plan now costs $31.50 a month.\n', '$27')).toMatchObject({
      state: 'changed',
      quote: '$31.50',
    });
  });

  it('is changed when its figure was swapped in place, though the old figure turns up elsewhere', () => {
    // The old figure reappearing is no reason to carry a verdict over to words it was never given for.
    const old = 'Budget news\n\nThe city council approved a $27 million budget on Tuesday, officials said.\n';
    const reworded =
      'Budget news\n\nThe city council approved a $31 million budget on Tuesday, replacing the $27 million budget of 2022, officials said.\n';
    expect(follow(old, reworded, '$27 million')).toEqual({
      state: 'changed',
      start: reworded.indexOf('$31 million'),
      end: reworded.indexOf('$31 million') + 11,
      quote: '$31 million',
    });
    const added = `${old.replace('$27', '$31')}The county council approved a $27 million budget in May.\n`;
    expect(follow(old, added, '$27 million')).toMatchObject({ state: 'changed', quote: '$31 million' });
  });

  it('takes in the new figure at the quote’s end, not the shorter span that leaves it out', () => {
    const old = 'Minsk will carry out exercises for ten days, from February 10 to 20, in full tension.\n';
    const after = old.replace('10 to 20', '10 to 19');
    expect(follow(old, after, 'for ten days, from February 10 to 20')).toMatchObject({
      state: 'changed',
      quote: 'for ten days, from February 10 to 19',
    });
  });

  it('is changed when a name is swapped for another name', () => {
    const old = 'The report was signed by Maria Ortiz on behalf of the board.\n';
    expect(follow(old, old.replace('Maria Ortiz', 'John Park'), 'Maria Ortiz')).toMatchObject({
      state: 'changed',
      quote: 'John Park',
    });
  });

  it('stays orphaned when a figure gave way to words of another sort', () => {
    const old = 'Riders will pay $27 a month from June.\n';
    expect(follow(old, old.replace('$27', 'what they can'), '$27').state).toBe('orphaned');
  });
});
