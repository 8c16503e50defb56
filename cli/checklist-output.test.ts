// A claim's checklist leaves the workbench with it: `factdesk claims --json` rows carry
// `checklist: [{ item, done }]` and every report format says how far the checklist got, on a project
// whose claim was ticked and marked through the app's channels (the real CLI reads it afterwards).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultChecklists } from '../shared/domain';
import { servicesWithRouter } from '../test-support/map-router';
import { factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';
import { claimRecords } from '../test-support/claim-records';

describe('checklists in the command line output and reports', { timeout: 180_000 }, () => {
  it('gives each claim its checklist with ticks, and prints it in CSV, Markdown, HTML and JSON', async () => {
    const harness = await servicesWithRouter();
    const root = await tempDir();
    const dir = join(root, 'lists.factdesk');
    await harness.call('project:create', { dir, title: 'Lists' });
    await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
    const row = (await claimRecords(harness.call)).find((claim) => claim.kind === 'quantity')!;
    const items = defaultChecklists.quantity;
    await harness.call('claim:tick', { claimId: row.id, item: items[0]!.id, done: true });
    await harness.call('claim:setStatus', { claimId: row.id, status: 'verified' });
    await harness.call('project:close', {});

    const listed = factdesk(['claims', dir, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const claims = JSON.parse(listed.stdout) as { id: string; kind: string; checklist: unknown }[];
    expect(claims.find((claim) => claim.id === row.id)!.checklist).toEqual(
      items.map((entry, index) => ({ item: entry.text, done: index === 0 })),
    );
    // Every claim carries its kind's list, untouched ones all open.
    const date = claims.find((claim) => claim.kind === 'date')!;
    expect(date.checklist).toEqual(
      defaultChecklists.date.map((entry) => ({ item: entry.text, done: false })),
    );

    const report = (format: string) => {
      const out = join(root, `report.${format}`);
      const run = factdesk(['report', dir, '--format', format, '-o', out]);
      expect(run.code, run.stderr).toBe(0);
      return readFile(out, 'utf8');
    };
    const markdown = await report('md');
    expect(markdown).toContain(`**Checklist:** 1 of ${items.length} done; still open: `);
    expect(markdown).toContain(items.at(-2)!.text);
    expect(markdown).not.toContain(`${items[0]!.text};`);
    const html = await report('html');
    expect(html).toContain(`1 of ${items.length} done; still open: `);
    expect(html).toContain(items.at(-2)!.text);
    const csv = (await report('csv')).split('\n');
    const header = csv[0]!.split(',');
    const line = csv.find((text) => text.startsWith(`"${row.id}"`))!;
    expect(header).toContain('"checklist_done"');
    expect(line).toContain(`1/${items.length}`);
    const json = JSON.parse(await report('json')) as {
      documents: { claims: { id: string; checklist: unknown }[] }[];
    };
    expect(json.documents[0]!.claims.find((claim) => claim.id === row.id)!.checklist).toEqual(
      items.map((entry, index) => ({ item: entry.text, done: index === 0 })),
    );
  });

  it('factdesk tick ticks and unticks an item by its number, and shows the list', async () => {
    const dir = join(await tempDir(), 'ticks.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    expect(factdesk(['import', dir, SEED_SAMPLE]).code).toBe(0);
    const claims = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as { id: string; kind: string }[];
    const claim = claims.find((entry) => entry.kind === 'quantity')!;
    const items = defaultChecklists.quantity;

    const ticked = factdesk(['tick', dir, claim.id, '2', '--by', 'Ana']);
    expect(ticked.code, ticked.stderr).toBe(0);
    expect(ticked.stdout).toBe(
      [
        `Claim ${claim.id} (quantity): 1 of ${items.length} done.`,
        ...items.map((entry, index) => `  ${index === 1 ? '[x]' : '[ ]'} ${index + 1}. ${entry.text}`),
        '',
      ].join('\n'),
    );
    const after = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as {
      id: string;
      checklist: { done: boolean }[];
      history: { action: string; by: string }[];
    }[];
    const row = after.find((entry) => entry.id === claim.id)!;
    expect(row.checklist.map((entry) => entry.done)).toEqual(items.map((_, index) => index === 1));
    expect(row.history.at(-1)).toMatchObject({ action: 'ticked', by: 'Ana' });

    expect(factdesk(['tick', dir, claim.id, '2', '--undo']).stdout).toContain(`0 of ${items.length} done.`);
    expect(factdesk(['tick', dir, claim.id]).stdout).toContain(`  [ ] 1. ${items[0]!.text}`);
    const missing = factdesk(['tick', dir, claim.id, '9']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`checklist has ${items.length} items; there is no item 9.`);
    const word = factdesk(['tick', dir, claim.id, 'first']);
    expect(word.code).toBe(2);
    expect(word.stderr).toContain("ITEM is the item's number");
  });
});
