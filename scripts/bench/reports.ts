// Report building at scale: each format built by the real report builder from a project's data, timed
// beside a floor measured in the same run on the same data (JSON.stringify of the whole report data:
// what any format must at least walk through). PDF is printed by headless Chromium when it exists.
import { OpenProject } from '../../core/project/open-project';
import { buildReport } from '../../core/reports/build-report';
import { reportDataOf } from '../../core/reports/load-report-data';
import type { ReportFormat } from '../../shared/reports';
import { installedChromium } from '../../e2e/support/chromium';
import { measurePdf } from './pdf-parts';
import { median } from './store';

async function timeMs(work: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/**
 * Times every report format on the project in `dir` (median of `runs`, one run for PDF, see
 * `pdf-parts.ts`). PDF is skipped above `pdfUpTo` claims (every size by default: printed in parts,
 * the 2,505 pages of 100,020 claims take a minute or two, where one page of them took 23 minutes).
 * Word is written as text into the zip: at 100,000 claims it took under twice its floor and half a
 * gigabyte, where the docx library ran out of a 4 GB heap (docs/scale.md).
 */
export async function measureReports(
  dir: string,
  { runs = 3, pdfUpTo = Infinity }: { runs?: number; pdfUpTo?: number } = {},
): Promise<Record<string, unknown>> {
  const project = await OpenProject.open(dir, { tool: 'bench', readOnly: true });
  const claims = project.view().claimCount;
  const data = await reportDataOf(project);
  await project.close();

  const out: Record<string, unknown> = { claims };
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) floors.push(await timeMs(() => JSON.stringify(data)));
  out.floorJsonStringifyMedianMs = Number(median(floors).toFixed(1));
  const formats: ReportFormat[] = ['html', 'md', 'csv', 'json', 'claimreview', 'docx'];
  for (const format of formats) {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      times.push(await timeMs(async () => (bytes = (await buildReport(data, format)).bytes.length)));
    }
    out[`${format}MedianMs`] = Number(median(times).toFixed(1));
    out[`${format}Ratio`] = Number((median(times) / median(floors)).toFixed(2));
    out[`${format}MB`] = Number((bytes / 1e6).toFixed(2));
  }
  if (installedChromium && claims <= pdfUpTo) Object.assign(out, await measurePdf(data, installedChromium));
  out.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return out;
}
