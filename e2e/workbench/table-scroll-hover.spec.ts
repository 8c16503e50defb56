import { claimRows, openWorkbench } from '../support/pages';
import { expect, test } from '../support/workbench';

/** The background of the first cell of the row drawn at (x, y). */
function backgroundAt([x, y]: readonly [number, number]): string {
  const cell = document.elementFromPoint(x, y)?.closest('tr.claim-row')?.querySelector('td');
  return cell ? getComputedStyle(cell).backgroundColor : 'no row';
}

test('the row under a still pointer shows no hover while the table scrolls, and does again once it stops', async ({
  page,
  workbench,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWorkbench(page, workbench.url);
  const rows = claimRows(page);
  const plain = await rows
    .nth(1)
    .locator('td')
    .first()
    .evaluate((td) => getComputedStyle(td).backgroundColor);
  const box = (await rows.nth(1).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await expect.poll(() => page.evaluate(backgroundAt, [x, y] as const)).not.toBe(plain);
  const hovered = await page.evaluate(backgroundAt, [x, y] as const);

  // Read in the scroll event itself (the table has rendered the new rows by then): the row now under
  // the pointer is still :hover in the page, and must not look it.
  const during = page.evaluate(
    ([px, py, fn]) =>
      new Promise<{ scrolling: boolean; background: string }>((resolve) => {
        const scroller = document.querySelector('.table-scroll')!;
        const read = new Function(`return (${fn})([${px}, ${py}])`) as () => string;
        scroller.addEventListener(
          'scroll',
          () => resolve({ scrolling: scroller.classList.contains('is-scrolling'), background: read() }),
          { once: true },
        );
      }),
    [x, y, backgroundAt.toString()] as const,
  );
  await page.mouse.wheel(0, 96);
  expect(await during).toEqual({ scrolling: true, background: plain });

  // Once it stops, the row under the pointer is hovered again.
  await expect(page.locator('.table-scroll')).not.toHaveClass(/is-scrolling/);
  await expect.poll(() => page.evaluate(backgroundAt, [x, y] as const)).toBe(hovered);
});
