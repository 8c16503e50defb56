import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims';
import { rankSentences } from '../ranking';
import {
  RALLY_TEXT as text,
  ctx,
  rallyDocument as doc,
  undo,
} from '../../test-support/changes/rally-document';
import { applyOperations } from './index';

describe('structural operations', () => {
  it('add a claim from a selection, trimmed, with its sentence as text; undo removes it', () => {
    const d = doc();
    const start = text.indexOf(' new roads');
    const add = {
      type: 'addClaim',
      claimId: 'm1',
      start,
      end: start + ' new roads '.length,
      kind: 'event',
    } as const;
    const result = applyOperations(d, [add], ctx);
    const claim = d.claims.find((entry) => entry.id === 'm1')!;
    expect(claim).toMatchObject({ quote: 'new roads', origin: 'manual', status: 'unchecked', kind: 'event' });
    expect(claim.text).toBe('Officials promised new roads and 12 schools by 2025.');
    expect(result.before.claims).toEqual([{ id: 'm1', at: null }]);
    expect(() => applyOperations(d, [{ ...add, claimId: 'm2' }], ctx)).toThrow('already a claim');
    expect(() => applyOperations(d, [{ ...add, claimId: 'm2', start: 5, end: 5 }], ctx)).toThrow(
      'Select some text',
    );
    expect(() => applyOperations(d, [{ ...add, claimId: 'm2', end: text.length + 1 }], ctx)).toThrow(
      'outside the draft',
    );
    applyOperations(d, [undo(result.before)], ctx);
    expect(d.claims.some((entry) => entry.id === 'm1')).toBe(false);
  });

  it('dismiss a suggestion and bring it back in its place with undo', () => {
    const d = doc();
    const order = d.claims.map((claim) => claim.id);
    const victim = d.claims[1]!;
    const result = applyOperations(d, [{ type: 'dismissClaim', claimId: victim.id }], ctx);
    expect(d.dismissed).toEqual([victim.quote]);
    applyOperations(d, [undo(result.before)], ctx);
    expect(d.claims.map((claim) => claim.id)).toEqual(order);
    expect(d.dismissed).toEqual([]);
    applyOperations(d, [{ type: 'setStatus', claimId: victim.id, status: 'verified' }], ctx);
    expect(() => applyOperations(d, [{ type: 'dismissClaim', claimId: victim.id }], ctx)).toThrow(
      /has a verdict/,
    );
  });

  it('merge claims into the first and split them again; undo restores all of them', () => {
    const d = doc();
    const start = text.indexOf('new roads');
    applyOperations(d, [{ type: 'addClaim', claimId: 'a', start, end: start + 9, kind: 'event' }], ctx);
    const at = text.indexOf('12 schools');
    const b = d.claims.find((c) => c.start === at)?.id ?? 'b';
    if (b === 'b')
      applyOperations(
        d,
        [{ type: 'addClaim', claimId: 'b', start: at, end: at + 10, kind: 'quantity' }],
        ctx,
      );
    applyOperations(d, [{ type: 'setNote', claimId: b, note: 'Ask the ministry' }], ctx);
    const snapshot = JSON.stringify(d.claims);
    const merged = applyOperations(d, [{ type: 'mergeClaims', claimIds: [b, 'a'] }], ctx);
    const keep = d.claims.find((c) => c.id === 'a')!;
    expect(keep.quote.startsWith('new roads and 12 schools')).toBe(true);
    expect(keep.note).toBe('Ask the ministry');
    expect(d.claims.some((c) => c.id === b)).toBe(false);
    applyOperations(d, [undo(merged.before)], ctx);
    expect(JSON.stringify(d.claims)).toBe(snapshot);

    applyOperations(d, [{ type: 'setStatus', claimId: 'a', status: 'verified' }], ctx);
    const long = text.indexOf('new roads and 12 schools');
    applyOperations(d, [{ type: 'addClaim', claimId: 'w', start: long, end: long + 24, kind: 'event' }], ctx);
    const split = applyOperations(
      d,
      [{ type: 'splitClaim', claimId: 'w', at: long + 9, newClaimId: 'w2' }],
      ctx,
    );
    expect(d.claims.find((c) => c.id === 'w')).toMatchObject({ quote: 'new roads' });
    expect(d.claims.find((c) => c.id === 'w2')).toMatchObject({
      quote: 'and 12 schools',
      status: 'unchecked',
    });
    expect(() =>
      applyOperations(d, [{ type: 'splitClaim', claimId: 'w', at: long, newClaimId: 'w3' }], ctx),
    ).toThrow(/leaving text on both sides/);
    applyOperations(d, [undo(split.before)], ctx);
    expect(d.claims.find((c) => c.id === 'w')).toMatchObject({ quote: 'new roads and 12 schools' });
    expect(d.claims.some((c) => c.id === 'w2')).toBe(false);
  });

  it('find claims again keeping work and ids; undo brings the list back exactly', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'disputed' }], ctx);
    const start = text.indexOf('Officials');
    applyOperations(d, [{ type: 'addClaim', claimId: 'm', start, end: start + 9, kind: 'event' }], ctx);
    const snapshot = JSON.stringify(d);
    const found = extractClaims(text, { documentDate: '2024-05-01' });
    const result = applyOperations(
      d,
      [
        {
          type: 'refindClaims',
          found: found.claims.map((claim, index) => ({ ...claim, id: `n${index}` })),
          boilerplate: found.boilerplate,
        },
      ],
      ctx,
    );
    expect(d.claims.find((c) => c.id === 'c0')?.status).toBe('disputed');
    expect(d.claims.some((c) => c.id === 'm')).toBe(true);
    expect(d.claims.some((c) => c.id.startsWith('n'))).toBe(false);
    applyOperations(d, [undo(result.before)], ctx);
    expect(JSON.stringify(d)).toBe(snapshot);
  });

  it("score a claim the checker adds in the draft's language", () => {
    const d = { ...doc(), language: 'de' };
    const start = text.indexOf('Officials');
    const sentence = text.slice(start);
    applyOperations(d, [{ type: 'addClaim', claimId: 'm', start, end: start + 9, kind: 'event' }], ctx);
    const added = d.claims.find((c) => c.id === 'm')!;
    expect(added.language).toBe('de');
    expect(added.score).toBe(rankSentences([sentence], { language: 'de' })[0]);
    expect(added.score).not.toBe(rankSentences([sentence])[0]);
  });

  it('say which language the draft is in: kept as chosen, suggestions found again carry it; undo puts both back', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'verified' }], ctx);
    const checked = JSON.stringify(d.claims.find((c) => c.id === 'c0'));
    const snapshot = JSON.stringify(d);
    const found = extractClaims(text, { language: 'fr' });
    expect(found.claims.length).toBeGreaterThan(0);
    const result = applyOperations(
      d,
      [
        {
          type: 'setLanguage',
          language: 'fr',
          found: found.claims.map((claim, index) => ({ ...claim, id: `n${index}` })),
          boilerplate: found.boilerplate,
        },
      ],
      ctx,
    );
    expect(result.changed).toBe(true);
    expect(d).toMatchObject({ language: 'fr', languageChosen: true });
    // The checked claim stays exactly as it was; every suggestion is now read in French.
    expect(JSON.stringify(d.claims.find((c) => c.id === 'c0'))).toBe(checked);
    const suggestions = d.claims.filter((c) => c.id !== 'c0');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((c) => c.language === 'fr')).toBe(true);
    expect(result.before.fields).toEqual({ boilerplate: JSON.parse(snapshot).boilerplate });
    expect(result.after.fields).toMatchObject({ language: 'fr', languageChosen: true });
    applyOperations(d, [undo(result.before)], ctx);
    expect(JSON.stringify(d)).toBe(snapshot);
  });

  it('set the publication date, changing only the date values of the claims it reaches', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'verified' }], ctx);
    const sunday = d.claims.find((claim) => claim.quote === 'on Sunday')!;
    expect(sunday.values).toEqual({ resolved: false });
    const readings = extractClaims(text, { documentDate: '2023-03-08' }).claims.map(
      ({ start, end, values, warnings }) => ({
        start,
        end,
        values,
        warnings,
      }),
    );
    const before = JSON.stringify(d);
    const result = applyOperations(
      d,
      [{ type: 'setPublicationDate', date: '2023-03-08', source: 'given', readings }],
      ctx,
    );
    expect(d).toMatchObject({ documentDate: '2023-03-08', documentDateSource: 'given' });
    expect(d.claims.find((c) => c.id === sunday.id)?.values).toEqual({
      dateStart: '2023-03-05',
      granularity: 'day',
    });
    expect(result.after.claims.map((entry) => entry.id)).toEqual([sunday.id]);
    for (const entry of result.after.claims) {
      const was = result.before.claims.find((other) => other.id === entry.id)!.at!.claim;
      expect({ ...entry.at!.claim, values: undefined, warnings: undefined }).toEqual({
        ...was,
        values: undefined,
        warnings: undefined,
      });
    }
    applyOperations(d, [undo(result.before)], ctx);
    expect(JSON.stringify(d)).toBe(before);
  });
});
