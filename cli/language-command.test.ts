import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefusal, factdesk } from '../test-support/run-factdesk';
import { tempDir } from '../test-support/temp-dir';

const SPANISH = 'resources/samples/languages/es-otan-2022.txt';

interface JsonClaim {
  readonly id: string;
  readonly documentId: string;
  readonly status: string;
  readonly language?: string;
}

describe('factdesk language', () => {
  it("corrects a draft's language: its suggestions are found again in it, checked claims stay", async () => {
    const dir = join(await tempDir(), 'correct.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    expect(factdesk(['import', dir, SPANISH]).code).toBe(0);
    const before = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
    const checked = before[0]!;
    const { documentId } = checked;
    expect(checked.language).toBe('es');
    expect(factdesk(['mark', dir, checked.id, 'verified']).code).toBe(0);

    const set = factdesk(['language', dir, documentId, 'PT', '--json']);
    expect(set.code, set.stderr).toBe(0);
    const out = JSON.parse(set.stdout) as { documentId: string; language: string; updated: string[] };
    expect(out).toMatchObject({ documentId, language: 'pt' });
    expect(out.updated.length).toBeGreaterThan(0);

    const after = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as JsonClaim[];
    expect(after.find((claim) => claim.id === checked.id)).toMatchObject({
      status: 'verified',
      language: 'es',
    });
    const suggestions = after.filter((claim) => claim.id !== checked.id);
    expect(suggestions.length).toBeGreaterThan(5);
    expect(suggestions.every((claim) => claim.language === 'pt')).toBe(true);

    const text = factdesk(['language', dir, documentId, 'fr']);
    expect(text.stdout).toMatch(
      new RegExp(
        `^${documentId} is in French \\(fr\\); found its claims again: \\d+ new or changed, \\d+ gone\\.\\n$`,
      ),
    );
    expectRefusal(
      factdesk(['language', dir, documentId, 'Spanish']),
      /language needs a language code such as es, fr or de, not "Spanish"\./,
    );
    expectRefusal(
      factdesk(['language', dir, documentId]),
      /language needs DIR, DOCUMENT_ID and a language code\./,
    );
  }, 240_000); // nine runs of the command on a busy machine
});
