import type { Page } from '@playwright/test';
import { claimRows, claimsTable, details, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

/** Claim rows wholly inside the table's scroller. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.table-scroll')!.getBoundingClientRect();
    return [...document.querySelectorAll('tr.claim-row')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= scroller.top - 0.5 && box.bottom <= scroller.bottom + 0.5;
    }).length;
  });
}

/**
 * Lines of draft text the draft pane shows: the height of its text's scroller left in view in the
 * pane, over the text's line height.
 */
async function draftLinesInView(page: Page): Promise<number> {
  return page.getByRole('group', { name: 'Draft text' }).evaluate((scroller) => {
    const pane = scroller.closest('.draft-pane')!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const seen = Math.min(box.bottom, pane.bottom) - Math.max(box.top, pane.top);
    return seen / parseFloat(getComputedStyle(scroller.querySelector('.draft-text')!).lineHeight);
  });
}

/**
 * Fails when anything of the page reaches past the window's right edge: the page scrolling sideways,
 * or any control drawn (even partly) beyond the right or bottom edge of the window.
 */
async function expectNothingOffScreen(page: Page, width: number, height: number): Promise<void> {
  const page_ = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  expect(page_.clientWidth).toBe(width);
  expect(page_.scrollWidth).toBeLessThanOrEqual(page_.clientWidth);
  expect(page_.scrollHeight).toBeLessThanOrEqual(page_.clientHeight);
  const beyond = await page.evaluate(
    ({ right, bottom }) =>
      [...document.querySelectorAll('button, input, select, [role="separator"]')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return false;
          // Controls inside a scroller are judged against it (rows below the fold are fine).
          if (element.closest('.table-scroll, .doclist-scroll, .details-scroll, .draft-scroll')) return false;
          return box.right > right + 0.5 || box.bottom > bottom + 0.5;
        })
        .map((element) => element.getAttribute('aria-label') ?? element.textContent),
    { right: width, bottom: height },
  );
  expect(beyond).toEqual([]);
}

// The draft's lines with a claim open: at 1024×700 its head took three rows and the filter bar four,
// and the draft showed six lines and a half.
for (const [width, height, draftLines] of [
  [1024, 700, 8],
  [1280, 800, 10.5],
  [1440, 900, 9.5],
] as const) {
  test(`fits a ${width}×${height} window: nothing off-screen, six rows, ${draftLines} lines of draft, panes that give way`, async ({
    page,
    workbench,
  }) => {
    await page.setViewportSize({ width, height });
    await openWorkbench(page, workbench.url);
    // The project opens on its first claim: what follows holds with its details shown.
    await expect(claimRows(page).first()).toHaveAttribute('aria-selected', 'true');
    await expect(details(page)).toBeVisible();
    await expectNothingOffScreen(page, width, height);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);
    // The title keeps its words; every header action is on screen.
    const title = page.getByRole('heading', { level: 1, name: 'Belarus desk' });
    expect((await title.boundingBox())!.width).toBeGreaterThan(80);
    for (const name of [
      'Import drafts',
      'Sources',
      'Export report',
      'Backups…',
      'Keyboard shortcuts',
      'Close project',
    ]) {
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    // The project's progress keeps its bar, and its "N of M" stays clear of the header's actions.
    const progress = page.locator('.wb-header .progress-summary');
    expect((await progress.locator('.progress-bar').boundingBox())!.width).toBeGreaterThanOrEqual(40);
    const checkedOf = (await progress.locator('.progress-of').boundingBox())!;
    const actions = (await page.locator('.wb-actions').boundingBox())!;
    expect(checkedOf.x + checkedOf.width).toBeLessThanOrEqual(actions.x);
    // The table never scrolls sideways: the Claim column takes the room the others leave.
    const scroller = page.locator('.table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const claimColumn = claimsTable(page).getByRole('columnheader', { name: 'Claim' });
    expect((await claimColumn.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    // Another claim selected: its details fit, six rows still show.
    await claimRows(page).nth(1).click();
    await expect(details(page)).toBeVisible();
    for (const name of ['Verified', 'Disputed', 'Unsourced', 'Add citation']) {
      await expect(details(page).getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    await expectNothingOffScreen(page, width, height);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);
    // The draft stays readable beside it, with the claim's highlight in view and its tools at hand.
    expect(await draftLinesInView(page)).toBeGreaterThanOrEqual(draftLines);
    const draft = page.getByRole('region', { name: 'Draft' });
    await expect(draft.locator('mark.is-selected').first()).toBeInViewport();
    for (const name of ['Load new version…', 'Re-find claims']) {
      await expect(draft.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    for (const name of ['Publication date', 'Draft language']) {
      await expect(draft.getByLabel(name, { exact: true })).toBeInViewport({ ratio: 1 });
    }

    // The draft made as tall as it goes still leaves six rows; made as short as it goes, its text stays
    // inside its pane, above the filter bar.
    const draftSplitter = page.getByRole('separator', { name: 'Resize draft' });
    await draftSplitter.focus();
    await page.keyboard.press('End');
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);
    await page.keyboard.press('Home');
    const pane = (await page.getByRole('region', { name: 'Draft' }).boundingBox())!;
    const filterBar = (await page.locator('.filter-bar').boundingBox())!;
    expect(pane.y + pane.height).toBeLessThanOrEqual(filterBar.y);
    const textOverflows = await page
      .getByRole('region', { name: 'Draft' })
      .evaluate((region) => getComputedStyle(region).overflow);
    expect(textOverflows).toBe('hidden');

    // The export dialog fits: its Download button is in the window without scrolling the page.
    await page.getByRole('button', { name: 'Export report', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');

    // Long dialogs open with their title and their focused Done both in view (Done at the foot, the
    // list between them scrolling).
    for (const [opener, name] of [
      ['Keyboard shortcuts', 'Keyboard shortcuts'],
      ['About Factdesk', 'About Factdesk'],
    ] as const) {
      await page.getByRole('button', { name: opener, exact: true }).click();
      const open = page.getByRole('dialog', { name });
      const done = open.getByRole('button', { name: 'Done' });
      await expect(done).toBeFocused();
      await expect(done).toBeInViewport({ ratio: 1 });
      await expect(open.getByRole('heading', { name })).toBeInViewport({ ratio: 1 });
      const [doneBox, dialogBox] = [(await done.boundingBox())!, (await open.boundingBox())!];
      expect(doneBox.y + doneBox.height).toBeLessThanOrEqual(dialogBox.y + dialogBox.height);
      await page.keyboard.press('Escape');
      await expect(open).toHaveCount(0);
    }
  });
}

test('columns resize by mouse and by keyboard at 1024×700, are remembered, and never make the table scroll sideways', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openWorkbench(page, workbench.url);
  const kind = claimsTable(page).getByRole('columnheader', { name: 'Kind' });
  const grip = page.getByRole('separator', { name: 'Resize Kind column' });
  const first = Number(await grip.getAttribute('aria-valuenow'));
  const widthOf = async () => Math.round((await kind.boundingBox())!.width);
  expect(await widthOf()).toBe(first);

  // Keyboard: → widens by 16, Shift+← narrows by 64, Home puts the first width back.
  await grip.focus();
  await page.keyboard.press('ArrowRight');
  await expect(grip).toHaveAttribute('aria-valuenow', String(first + 16));
  expect(await widthOf()).toBe(first + 16);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(grip).toHaveAttribute('aria-valuenow', String(Math.max(64, first + 16 - 64)));
  await page.keyboard.press('Home');
  await expect(grip).toHaveAttribute('aria-valuenow', String(first));

  // Mouse: the grip dragged 40 px to the right widens the column by 40.
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(grip).toHaveAttribute('aria-valuenow', String(first + 40));
  expect(await widthOf()).toBe(first + 40);
  // The Claim column still has its room, and the table does not scroll sideways.
  const claim = claimsTable(page).getByRole('columnheader', { name: 'Claim' });
  expect((await claim.boundingBox())!.width).toBeGreaterThanOrEqual(240);
  expect(await page.locator('.table-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expectNothingOffScreen(page, 1024, 700);

  // Remembered per project.
  await page.reload();
  await expect(claimRows(page).first()).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Resize Kind column' })).toHaveAttribute(
    'aria-valuenow',
    String(first + 40),
  );
});

test('a 32-character project title shows whole at 1280 and 1440 and is cut with its tooltip at 1024; the assignee field keeps its words', async ({
  page,
  workbench,
}) => {
  const long = 'Ben: Belarus exercises, February';
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWorkbench(page, workbench.url);
  await page.getByRole('button', { name: 'Rename project' }).click();
  await page.getByLabel('Project title').fill(long);
  await page.getByRole('button', { name: 'Save title' }).click();
  const title = page.getByRole('heading', { level: 1, name: long });
  await expect(title).toHaveAttribute('title', long);
  const cut = () => title.evaluate((h1) => h1.scrollWidth > h1.clientWidth);
  await claimRows(page).nth(1).click();
  const assignee = details(page).getByLabel('Assignee');
  const assigneeCut = () =>
    assignee.evaluate((input: HTMLInputElement) => {
      // The placeholder's width, measured in the input's own font, against the room inside its padding.
      const style = getComputedStyle(input);
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return canvas.measureText(input.placeholder).width > room;
    });
  for (const [width, height, whole] of [
    [1440, 900, true],
    [1280, 800, true],
    [1024, 700, false],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(cut).toBe(!whole);
    await expectNothingOffScreen(page, width, height);
    await expect(page.getByRole('button', { name: 'Close project', exact: true })).toBeInViewport({
      ratio: 1,
    });
    expect(await assigneeCut()).toBe(false);
  }
});
