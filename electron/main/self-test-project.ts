import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Channel, ChannelArgs, ChannelResult } from '../../shared/ipc';

/** A failure the self-test reports as its one sentence. */
export class SelfTestFailure extends Error {}

/** Runs one contract channel for the self-test's window, as its renderer would; an error is a failure. */
export type SelfTestCall = <C extends Channel>(channel: C, args: ChannelArgs<C>) => Promise<ChannelResult<C>>;

/** The draft the self-test imports: a short news item written for it (every sentence holds a claim). */
export const SELF_TEST_DRAFT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Town budget</title></head><body>
<h1>Harbour Town passes its budget</h1>
<p>The council of Harbour Town approved a budget of 48.5 million euros on 12 March 2024, 6 percent more than last year.</p>
<p>Mayor Ada Lind said the new ferry terminal would cost 12 million euros and open in 2026.</p>
<p>Unemployment in the district fell to 4.1 percent in January, according to the regional statistics office.</p>
<p>The town has 23,400 residents, twice as many as in 1990.</p>
</body></html>
`;

/** What the project steps did, for the self-test's sentence. */
export interface ProjectSteps {
  readonly title: string;
  readonly claims: number;
  readonly reports: readonly string[];
}

/**
 * The work a checker does, in a new project under `workDir`: creates it, imports the sample draft
 * from a file (read by the draft reader, its claims found by the extraction worker), marks the
 * first claim verified, and saves the report as HTML and PDF (the PDF printed by Electron's
 * Chromium) through the save-report path; each result is read back from disk.
 */
export async function runProjectSteps(call: SelfTestCall, workDir: string): Promise<ProjectSteps> {
  await mkdir(workDir, { recursive: true });
  const project = await call('project:create', {
    dir: path.join(workDir, 'Self-test.factdesk'),
    title: 'Factdesk self-test',
  });
  const draft = path.join(workDir, 'harbour-town.html');
  await writeFile(draft, SELF_TEST_DRAFT, 'utf8');
  const { imported, failed } = await call('documents:importFiles', { paths: [draft] });
  if (failed.length > 0) throw new SelfTestFailure(`Importing the sample draft failed: ${failed[0]!.error}`);
  const [document] = imported;
  if (!document || document.claimCount === 0) {
    throw new SelfTestFailure('The claim finder found no claims in the sample draft.');
  }

  const claims = await call('claims:list', {});
  const first = claims[0];
  if (claims.length !== document.claimCount || !first) {
    throw new SelfTestFailure(
      `The import found ${document.claimCount} claims, but ${claims.length} are listed.`,
    );
  }
  const marked = await call('claim:setStatus', { claimId: first.id, status: 'verified' });
  const stored = (await call('claims:list', {})).find((claim) => claim.id === first.id);
  if (marked.status !== 'verified' || stored?.status !== 'verified') {
    throw new SelfTestFailure('A claim marked verified did not stay verified.');
  }

  const html = await savedReport(call, 'html');
  const htmlText = (await readFile(html, 'utf8')).toString();
  if (!htmlText.includes(first.text)) {
    throw new SelfTestFailure(`The HTML report at ${html} does not hold the marked claim.`);
  }
  const pdf = await savedReport(call, 'pdf');
  const pdfBytes = await readFile(pdf);
  if (pdfBytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new SelfTestFailure(`The PDF report at ${pdf} is not a PDF.`);
  }
  return { title: project.title, claims: claims.length, reports: [html, pdf] };
}

async function savedReport(call: SelfTestCall, format: 'html' | 'pdf'): Promise<string> {
  const saved = await call('dialog:saveReport', { format, options: {} });
  if (!saved) throw new SelfTestFailure(`The ${format.toUpperCase()} report was not saved.`);
  return saved;
}
