import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { styledWordDraft } from '../test-support/drafts/styled-docx';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';
import { collapsed, xmlParts } from '../test-support/reports/word-comments';

/** Runs the real `factdesk` bin (the bundle built in global setup). */
function factdesk(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/factdesk.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_CHECKER: 'Cli Checker' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Row {
  readonly id: string;
  readonly quote: string;
  readonly kind: string;
  readonly documentId: string;
}

/** The text between each comment's range start and end in document.xml, and each comment's text. */
function commentsOf(bytes: Uint8Array) {
  const parts = xmlParts(bytes);
  const body = parts['word/document.xml']!;
  const ranges: Record<string, string> = {};
  for (const match of body.matchAll(
    /<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g,
  )) {
    const inner = [...match[2]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    ranges[match[1]!] = inner
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  const comments: Record<string, string> = {};
  for (const match of (parts['word/comments.xml'] ?? '').matchAll(
    /<w:comment w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g,
  ))
    comments[match[1]!] = match[2]!;
  return { parts, body, ranges, comments };
}

describe('factdesk report --format docx-comments (the real bin)', () => {
  it('writes the imported Word draft back with a comment on each checked claim, and asks which draft when there are two', async () => {
    const root = await tempDir('factdesk-cli-comments-');
    const dir = join(root, 'Desk.factdesk');
    const draft = join(root, 'budget-draft.docx');
    await writeFile(draft, await styledWordDraft());
    expect(factdesk(['new', dir, '--title', 'Desk']).code).toBe(0);
    const imported = factdesk(['import', dir, draft]);
    expect(imported.code, imported.stderr).toBe(0);
    const rows = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as Row[];
    const percent = rows.find((row) => collapsed(row.quote) === '3.5 percent')!;
    const money = rows.find((row) => row.quote.includes('€3 million'))!;
    expect(percent, JSON.stringify(rows.map((row) => row.quote))).toBeDefined();
    expect(money).toBeDefined();

    const hostile = 'Really </w:t></w:r><w:r><w:t>INJECTED & "x" \u0001 done';
    expect(factdesk(['mark', dir, percent.id, 'verified', '--note', hostile]).code).toBe(0);
    expect(
      factdesk([
        'cite',
        dir,
        percent.id,
        '--url',
        'https://stats.example.org/a?b=1&c=2',
        '--title',
        'Labour survey',
      ]).code,
    ).toBe(0);
    const secret = factdesk([
      'cite',
      dir,
      percent.id,
      '--url',
      'https://tips.example.org/',
      '--title',
      'Whistleblower memo',
      '--stance',
      'refutes',
      '--confidential',
    ]);
    expect(secret.code, secret.stderr).toBe(0);
    expect(factdesk(['mark', dir, money.id, 'disputed']).code).toBe(0);

    const out = join(root, 'back.docx');
    const written = factdesk(['report', dir, '--format', 'docx-comments', '-o', out]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(`Wrote the draft with comments of "Desk" to ${out}.\n`);
    const bytes = new Uint8Array(await readFile(out));
    const { parts, body, ranges, comments } = commentsOf(bytes);
    // The writer's own comment (0) and one for each of the two checked claims; unchecked claims get none.
    expect(Object.keys(comments).sort()).toEqual(['0', '1', '2']);
    expect(parts['[Content_Types].xml']).toContain('PartName="/word/comments.xml"');
    expect(parts['word/_rels/document.xml.rels']).toMatch(/relationships\/comments" Target="comments.xml"/);
    const idOf = (quote: string) =>
      Object.keys(ranges).find((id) => collapsed(ranges[id]!) === quote && id !== '0')!;
    const percentId = idOf('3.5 percent');
    expect(percentId).toBeDefined();
    // The span crosses a bold run and an italic run; each side keeps its formatting.
    expect(body).toMatch(
      new RegExp(
        `<w:commentRangeStart w:id="${percentId}"/><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">3\\.5</w:t>`,
      ),
    );
    expect(body).toMatch(
      new RegExp(
        `<w:i/><w:iCs/></w:rPr><w:t xml:space="preserve"> percent</w:t></w:r><w:commentRangeEnd w:id="${percentId}"/>`,
      ),
    );
    const comment = comments[percentId]!;
    expect(comment).toContain('Verified');
    expect(comment).toContain(
      'Really &lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;INJECTED &amp; &quot;x&quot;  done',
    );
    expect(comment).not.toContain('\u0001');
    expect(comment).toContain('Labour survey');
    expect(comment).toContain('https://stats.example.org/a?b=1&amp;c=2');
    expect(comment).toContain('Refutes: confidential source (withheld)');
    expect(parts['word/comments.xml']).not.toContain('Whistleblower');
    expect(parts['word/comments.xml']).not.toContain('tips.example.org');
    expect(parts['word/comments.xml']).toMatch(/w:author="Cli Checker"/);
    const moneyId = Object.keys(ranges).find((id) => ranges[id]!.includes('€3 million'))!;
    expect(comments[moneyId]).toContain('Disputed');
    // The text reads as the writer's: mammoth sees the same words before and after.
    const before = await mammoth.extractRawText({ path: draft });
    const after = await mammoth.extractRawText({ path: out });
    expect(after.value).toBe(before.value);

    // A second draft: the command needs --document, and names the drafts to choose from.
    expect(factdesk(['import', dir, SEED_SAMPLE]).code).toBe(0);
    const ambiguous = factdesk(['report', dir, '--format', 'docx-comments', '-o', out]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(
      /^factdesk \[refused\]: This project has 2 drafts; choose one of d\w+ \(Budget debate heats up\), d\w+ \(.+\)\.\n$/,
    );
    const noOutput = factdesk(['report', dir, '--format', 'docx-comments']);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('--format docx-comments makes a binary file; name it with -o FILE.');
    const text = factdesk([
      'report',
      dir,
      '--format',
      'docx-comments',
      '--document',
      otherDocument(percent.documentId, dir),
      '-o',
      out,
    ]);
    expect(text.code, text.stderr).toBe(0);
    const clean = commentsOf(new Uint8Array(await readFile(out)));
    expect(Object.keys(clean.comments)).toEqual([]);
    expect((await mammoth.extractRawText({ path: out })).value).toContain('NATO');
  }, 120_000);
});

/** The id of the document that is not the Word draft's (the text sample imported second). */
function otherDocument(word: string, dir: string): string {
  const rows = JSON.parse(factdesk(['claims', dir, '--json']).stdout) as Row[];
  return rows.find((row) => row.documentId !== word)!.documentId;
}
