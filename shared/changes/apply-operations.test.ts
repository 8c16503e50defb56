import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims';
import { rankSentences } from '../ranking';
import { CURRENT_SCHEMA_VERSION, ClaimSchema, type FactdeskDocument } from '../domain';
import { applyOperations, claimFromFound, type DocumentOperation, type RecordedSide } from './index';

const text =
  'The ministry said 4,000 people attended the rally in Minsk on Sunday. Turnout was the highest since 2019.\n' +
  'Officials promised new roads and 12 schools by 2025.';
const AT = '2026-01-02T03:04:05.000Z';
const ctx = { by: 'Ana', at: AT };

function doc(): FactdeskDocument {
  const found = extractClaims(text);
  return {
    format: 'factdesk-document',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'd1',
    title: 'Rally',
    fileName: 'rally.txt',
    sourceFormat: 'txt',
    importedAt: AT,
    text,
    boilerplate: found.boilerplate,
    claims: found.claims.map((claim, index) => claimFromFound(claim, 'd1', `c${index}`, 'Ana', AT)),
    dismissed: [],
  };
}

const undo = (side: RecordedSide): DocumentOperation => ({ type: 'restore', state: side });

describe('claim operations', () => {
  it('mark a claim, recording only that claim on both sides, and say when nothing changed', () => {
    const d = doc();
    const other = JSON.stringify(d.claims[1]);
    const result = applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'verified' }], ctx);
    expect(result.changed).toBe(true);
    expect(result.before.claims.map((entry) => [entry.id, entry.at?.claim.status])).toEqual([
      ['c0', 'unchecked'],
    ]);
    expect(result.after.claims.map((entry) => [entry.id, entry.at?.claim.status])).toEqual([
      ['c0', 'verified'],
    ]);
    expect(d.claims[0]).toMatchObject({ status: 'verified', updatedAt: AT });
    expect(d.claims[0]!.history.at(-1)).toEqual({
      at: AT,
      by: 'Ana',
      action: 'status',
      from: 'unchecked',
      to: 'verified',
    });
    expect(JSON.stringify(d.claims[1])).toBe(other);
    const again = applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'verified' }], ctx);
    expect(again.changed).toBe(false);
    expect(d.claims[0]!.history).toHaveLength(2);
  });

  it("settle a shared project's contested verdict, even with the value shown, and take back a sign-off", () => {
    const d = doc();
    const claim = d.claims[0]!;
    claim.contested = [
      { status: 'verified', by: 'Ana', at: AT },
      { status: 'disputed', by: 'Ben', at: AT },
      { note: 'Ask the ministry', by: 'Ben', at: AT },
    ];
    claim.approval = { by: 'Eve', at: AT };
    const settled = applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'unchecked' }], ctx);
    expect(settled.changed).toBe(true);
    expect(claim.contested).toEqual([{ note: 'Ask the ministry', by: 'Ben', at: AT }]);
    expect(claim.approval).toBeUndefined();
    expect(claim.history.at(-1)).toMatchObject({ action: 'status', from: 'unchecked', to: 'unchecked' });
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: '' }], ctx);
    expect(claim.contested).toBeUndefined();
    // Undo puts the competing values and the sign-off back with the rest.
    applyOperations(d, [undo(settled.before)], ctx);
    expect(d.claims[0]!.contested).toHaveLength(3);
    expect(d.claims[0]!.approval).toEqual({ by: 'Eve', at: AT });
  });

  it('put a claim back exactly as it was, and forward again', () => {
    const d = doc();
    const original = JSON.parse(JSON.stringify(d.claims[0])) as unknown;
    const citation = {
      id: 's1',
      title: 'Ministry',
      quote: '',
      stance: 'supports' as const,
      addedAt: AT,
      addedBy: 'Ana',
    };
    const result = applyOperations(
      d,
      [
        { type: 'setNote', claimId: 'c0', note: 'Called the ministry' },
        { type: 'addCitation', claimId: 'c0', citation },
        { type: 'setAssignee', claimId: 'c0', assignee: ' Ben ' },
      ],
      ctx,
    );
    expect(d.claims[0]).toMatchObject({
      note: 'Called the ministry',
      assignee: 'Ben',
      citations: [citation],
    });
    applyOperations(d, [undo(result.before)], ctx);
    expect(d.claims[0]).toEqual(original);
    applyOperations(d, [undo(result.after)], ctx);
    expect(d.claims[0]).toEqual(result.after.claims[0]!.at!.claim);
  });

  it('replace and remove citations by id, refusing one the claim does not have', () => {
    const d = doc();
    const first = {
      id: 's1',
      title: 'A',
      quote: '',
      stance: 'supports' as const,
      addedAt: AT,
      addedBy: 'Ana',
    };
    applyOperations(d, [{ type: 'addCitation', claimId: 'c0', citation: first }], ctx);
    const later = { ...ctx, by: 'Ben', at: '2026-02-01T00:00:00.000Z' };
    applyOperations(
      d,
      [
        {
          type: 'replaceCitation',
          claimId: 'c0',
          citationId: 's1',
          citation: { ...first, id: 'x', title: 'B', addedBy: 'Ben' },
        },
      ],
      later,
    );
    expect(d.claims[0]!.citations).toEqual([{ ...first, title: 'B' }]);
    const before = JSON.stringify(d);
    expect(() =>
      applyOperations(d, [{ type: 'removeCitation', claimId: 'c0', citationId: 'nope' }], ctx),
    ).toThrow('This claim has no citation nope.');
    expect(() =>
      applyOperations(
        d,
        [
          { type: 'setStatus', claimId: 'c0', status: 'disputed' },
          { type: 'setNote', claimId: 'missing', note: 'x' },
        ],
        ctx,
      ),
    ).toThrow('There is no claim missing in this document.');
    expect(JSON.stringify(d)).toBe(before);
  });

  it('put everything back when the check refuses what changed', () => {
    const d = doc();
    const before = JSON.stringify(d);
    const tooLong = 'x'.repeat(100_001);
    const check = (_doc: FactdeskDocument, after: RecordedSide) => {
      for (const entry of after.claims) if (entry.at) ClaimSchema.parse(entry.at.claim);
    };
    expect(() =>
      applyOperations(d, [{ type: 'setNote', claimId: 'c1', note: tooLong }], ctx, check),
    ).toThrow();
    expect(JSON.stringify(d)).toBe(before);
  });

  it('fold note edits into one history entry, and drop it when the note is typed back', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'Ch' }], ctx);
    const amend = { ...ctx, amendNote: true, at: '2026-01-02T03:05:00.000Z' };
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'Checked agains' }], amend);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'Checked against the census' }], amend);
    const notes = d.claims[0]!.history.filter((entry) => entry.action === 'note');
    expect(notes).toEqual([
      { at: amend.at, by: 'Ana', action: 'note', from: '', to: 'Checked against the census' },
    ]);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: '' }], amend);
    expect(d.claims[0]!.history.some((entry) => entry.action === 'note')).toBe(false);
    // Another checker's edit is never folded into Ana's.
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'A' }], ctx);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'AB' }], { ...amend, by: 'Ben' });
    expect(d.claims[0]!.history.filter((entry) => entry.action === 'note')).toHaveLength(2);
  });

  it('keep a note of 100,000 characters whole, and its history entries within their bound', () => {
    const d = doc();
    const long = `${'Source: ministry transcript. '.repeat(3_448)}end`.slice(0, 100_000);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: long }], ctx);
    const amend = { ...ctx, amendNote: true, at: '2026-01-02T03:05:00.000Z' };
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: `${long.slice(0, -1)}!` }], amend);
    const claim = d.claims[0]!;
    expect(claim.note).toBe(`${long.slice(0, -1)}!`);
    expect(() => ClaimSchema.parse(claim)).not.toThrow();
    const notes = claim.history.filter((entry) => entry.action === 'note');
    // The second save, a moment later by the same checker, folds into the first entry.
    expect(notes).toHaveLength(1);
    expect(notes[0]!.to).toHaveLength(20_000);
    expect(notes[0]!.to!.endsWith('…')).toBe(true);
    expect(long.startsWith(notes[0]!.to!.slice(0, -1))).toBe(true);
  });

  it('restate a claim, with the old statement in its history', () => {
    const d = doc();
    const old = d.claims[0]!.text;
    applyOperations(d, [{ type: 'setStatement', claimId: 'c0', text: ' 4,000 attended the rally ' }], ctx);
    expect(d.claims[0]!.text).toBe('4,000 attended the rally');
    expect(d.claims[0]!.history.at(-1)).toMatchObject({
      action: 'restated',
      from: old,
      to: '4,000 attended the rally',
    });
  });
});

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
