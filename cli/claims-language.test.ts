import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdesk } from '../test-support/run-factdesk';
import { tempDir } from '../test-support/temp-dir';

const SPANISH = 'resources/samples/languages/es-otan-2022.txt';
const GERMAN = 'resources/samples/languages/de-nato-2022.txt';

interface JsonClaim {
  readonly documentId: string;
  readonly quote: string;
  readonly language?: string;
}

describe('factdesk claims --json in a project of drafts in several languages', () => {
  it('gives each stored claim the language of the draft it was found in', async () => {
    const dir = join(await tempDir(), 'languages.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    const imported = factdesk(['import', dir, SPANISH, GERMAN]);
    expect(imported.code, imported.stderr).toBe(0);

    const listed = factdesk(['claims', dir, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const claims = JSON.parse(listed.stdout) as JsonClaim[];
    const byDocument = new Map<string, Set<string | undefined>>();
    for (const claim of claims) {
      const seen = byDocument.get(claim.documentId) ?? new Set();
      byDocument.set(claim.documentId, seen.add(claim.language));
    }
    // One draft's claims are all Spanish, the other's all German: none is missing its language.
    expect([...byDocument.values()].map((seen) => [...seen].join()).sort()).toEqual(['de', 'es']);
    expect(claims.find((claim) => claim.quote === 'unos 100.000 soldados')?.language).toBe('es');
  });
});
