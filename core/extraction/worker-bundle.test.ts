// What the extraction worker's bundle loads when it starts (built by the test run's global setup):
// each worker of a folder import pays for compiling it, so it holds the claim finder and the draft
// readers' light part, not the domain's schemas (zod) that only validate what is stored.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const workers = new URL('../../dist/workers/', import.meta.url);

/** The worker's entry and every chunk it imports statically (loaded at start, unlike import()), by URL. */
async function loadedAtStart(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const pending = [new URL('extract-worker.mjs', workers).href];
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (files.has(url)) continue;
    const text = await readFile(new URL(url), 'utf8');
    files.set(url, text);
    for (const match of text.matchAll(/^import\s(?:[^;]*?\sfrom\s)?"(\.\/[^"]+\.mjs)";/gm)) {
      pending.push(new URL(match[1]!, url).href);
    }
  }
  return files;
}

describe('the extraction worker bundle', () => {
  it('loads no zod at start, and finds its static chunks', async () => {
    const files = await loadedAtStart();
    expect(files.size).toBeGreaterThan(1);
    expect([...files.values()].some((text) => text.includes('// shared/claims/language.ts'))).toBe(true);
    for (const [name, text] of files) expect(text.includes('node_modules/zod/'), name).toBe(false);
  });
});
