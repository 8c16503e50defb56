import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../shared/reports';
import { HOSTILE, seedReportProject, type ReportSeed } from '../../test-support/reports/report-seed';

const run = promisify(execFile);
const VNU = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const JAVA = ['/usr/bin/java', '/usr/local/bin/java'].find((path) => existsSync(path)) ?? null;

let seed: ReportSeed;
beforeAll(async () => {
  seed = await seedReportProject();
});
afterAll(() => seed?.cleanup());

const render = () =>
  renderReportHtml(seed.data, {
    generatedBy: 'Ana Checker',
    includeDraft: true,
    baseUrl: 'https://x.example/',
  });

describe('HTML report', () => {
  it.skipIf(!JAVA)(
    'passes the Nu HTML Checker (vnu.jar) with no errors' + (JAVA ? '' : ' — skipped: java is not installed'),
    async () => {
      const file = join(seed.dir, '..', 'report.html');
      await writeFile(file, render());
      const { stdout, stderr } = await run(
        JAVA!,
        ['-jar', VNU, '--format', 'json', '--stdout', '--exit-zero-always', file],
        {
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const { messages } = JSON.parse(stdout || stderr) as { messages: { type: string; message: string }[] };
      expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    },
    60_000,
  );

  it('shows the claims with their verdicts, the methodology, counts and the verdict log', () => {
    const html = render();
    for (const claim of [seed.verified, seed.disputed, seed.unsourced]) {
      expect(html).toContain(`id="claim-${claim.id}"`);
    }
    expect(html).toMatch(/<span class="badge s-verified">Verified<\/span>, checked by Ana Checker/);
    expect(html).toMatch(/<span class="badge s-disputed">Disputed<\/span>/);
    expect(html).toMatch(/<span class="badge s-unsourced">Unsourced<\/span>/);
    expect(html).toContain('NATO transcripts were compared word for word.');
    expect(html).toContain('<h2>Verdict log</h2>');
    expect(html).toMatch(/Disputed → Verified/);
    expect(html).toContain('<mark>Some 13,000 soldiers</mark>');
    expect(html).toContain('Annotated drafts');
  });

  it('is self-contained and keeps hostile text inert', () => {
    const html = render();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\bsrc=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('NATO press conference &lt;img src=x onerror=alert(3)&gt;');
    expect(html).toContain(`Belarus desk &lt;b&gt;&amp;&lt;/b&gt;`);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    for (const href of hrefs) expect(href).toMatch(/^(?:https?:\/\/|#claim-)/);
    expect(html).toContain('URL: javascript:alert(document.cookie)');
    expect(html).not.toContain(HOSTILE.confidentialTitle);
    expect(html).not.toContain('secret.example.org');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(html).toContain('@media print');
  });
});
