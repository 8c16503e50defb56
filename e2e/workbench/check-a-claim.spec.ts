import AxeBuilder from '@axe-core/playwright';
import { expect, factdesk, test } from '../support/workbench';

interface CliClaim {
  id: string;
  documentId: string;
  quote: string;
  text: string;
}

test('a checker finds the seed claims, marks one and cites a source; the project on disk changes', async ({
  page,
  workbench,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1') outside.push(request.url());
  });
  const claims = JSON.parse(factdesk('claims', workbench.projectDir, '--json')) as CliClaim[];
  const troops = claims.find((claim) => claim.quote.includes('100,000'));
  expect(troops, 'the seed article has the 100,000 soldiers claim').toBeDefined();

  await page.goto(workbench.url);
  const table = page.getByRole('table').or(page.getByRole('grid')).first();
  await expect(table).toBeVisible();
  await expect(table.getByText(troops!.text, { exact: false }).first()).toBeVisible();

  const filter = page.getByRole('searchbox', { name: 'Filter claims' }).or(page.getByLabel('Filter claims'));
  await filter.first().fill('100,000');
  await table.getByText(troops!.text, { exact: false }).first().click();

  const details = page.getByRole('region', { name: 'Claim details' });
  await expect(details).toBeVisible();
  const disputed = details.getByRole('button', { name: 'Disputed', exact: true });
  await disputed.click();
  await expect(disputed).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(
      async () =>
        (await workbench.readDocument(troops!.documentId)).claims.find((c) => c.id === troops!.id)?.status,
      {
        timeout: 1_000,
        intervals: [50],
      },
    )
    .toBe('disputed');

  await details.getByRole('button', { name: 'Add citation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('URL').fill('https://www.nato.int/cps/en/natohq/news.htm');
  await dialog.getByLabel('Title').fill('NATO press conference, <b>bold</b>');
  await dialog.getByLabel('Quote', { exact: true }).fill('some 100,000 troops');
  await dialog.getByRole('radio', { name: 'Refutes' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // Markup typed into a title stays text: the link's name is the literal string.
  await expect(details.getByRole('link', { name: 'NATO press conference, <b>bold</b>' })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await workbench.readDocument(troops!.documentId)).claims.find((c) => c.id === troops!.id)?.citations,
    )
    .toEqual([
      expect.objectContaining({
        url: 'https://www.nato.int/cps/en/natohq/news.htm',
        title: 'NATO press conference, <b>bold</b>',
        quote: 'some 100,000 troops',
        stance: 'refutes',
      }),
    ]);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(outside).toEqual([]);
});

test('the start screen offers new, open and recent projects, and passes axe', async ({
  page,
  emptyWorkbench,
}) => {
  await page.goto(emptyWorkbench.url);
  await expect(page.getByRole('heading', { name: /Factdesk/ }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
