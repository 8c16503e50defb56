import { describe, expect, it } from 'vitest';
import { splitPrintBlocks, type PrintBlock, type PrintWrapper } from './print-blocks';

const wrapper = (name: string): PrintWrapper => ({
  open: `<${name} first>`,
  resume: `<${name} again>`,
  close: `</${name}>`,
});

describe('cutting the printed page into parts', () => {
  const main = wrapper('main');
  const list = wrapper('ul');
  const blocks: PrintBlock[] = [
    { html: '<header>', within: [] },
    ...['a', 'b', 'c', 'd', 'e'].map((item) => ({ html: `<li>${item}</li>`, within: [main, list] })),
    { html: '<p>log</p>', within: [main] },
  ];

  it('keeps every block once, in order, and closes and reopens the wrappers around a cut', () => {
    const parts = splitPrintBlocks(blocks, 20);
    expect(parts.map((body) => body.join(''))).toEqual([
      '<header><main first><ul first><li>a</li></ul></main>',
      '<main again><ul again><li>b</li><li>c</li></ul></main>',
      '<main again><ul again><li>d</li><li>e</li></ul></main>',
      '<main again><p>log</p></main>',
    ]);
  });

  it('makes one part when the budget holds everything, and one part even of nothing', () => {
    expect(splitPrintBlocks(blocks, Infinity)).toHaveLength(1);
    expect(splitPrintBlocks([], 10)).toEqual([[]]);
    // A block larger than the budget is a part of its own.
    expect(
      splitPrintBlocks(
        [
          { html: 'x'.repeat(50), within: [] },
          { html: 'y', within: [] },
        ],
        10,
      ),
    ).toEqual([['x'.repeat(50)], ['y']]);
  });
});
