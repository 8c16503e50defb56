// Report building at scale: each format built by the real report builder from a project's data, timed
// beside a floor measured in the same run on the same data (JSON.stringify of the whole report data:
// what any format must at least walk through). PDF is printed by headless Chromium when it exists.
import { existsSync } from 'node:fs';
import { OpenProject } from '../../electron/services/project/open-project';
import { buildReport } from '../../electron/services/reports/build-report';
import { reportDataOf } from '../../electron/services/reports/load-report-data';
import { ChromiumPdfPrinter } from '../../electron/services/reports/pdf-printer';
import type { ReportFormat } from '../../shared/reports';
import { median } from './store';

const CHROMIUM = '/usr/bin/chromium';

async function timeMs(work: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/**
 * Times every report format on the project in `dir` (median of `runs`, one run for PDF). PDF is
 * skipped above `pdfUpTo` claims: printing tens of thousands of pages says more about Chromium. Word
 * is skipped above `docxUpTo`: at 100,000 claims the docx library grew past a 4 GB heap and the run
 * died (docs/scale.md, the gaps).
 */
export async function measureReports(
  dir: string,
  {
    runs = 3,
    pdfUpTo = 20_000,
    docxUpTo = 20_000,
  }: { runs?: number; pdfUpTo?: number; docxUpTo?: number } = {},
): Promise<Record<string, unknown>> {
  const project = await OpenProject.open(dir, { tool: 'bench', readOnly: true });
  const claims = project.view().claimCount;
  const data = reportDataOf(project);
  await project.close();

  const out: Record<string, unknown> = { claims };
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) floors.push(await timeMs(() => JSON.stringify(data)));
  out.floorJsonStringifyMedianMs = Number(median(floors).toFixed(1));
  const formats: ReportFormat[] = ['html', 'md', 'csv', 'json', 'claimreview'];
  if (claims <= docxUpTo) formats.push('docx');
  else out.docxSkipped = `above ${docxUpTo} claims (out of memory at 100,000)`;
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
  if (existsSync(CHROMIUM) && claims <= pdfUpTo) {
    const printer = new ChromiumPdfPrinter(CHROMIUM);
    try {
      await printer.print('<p>warm up</p>'); // Chromium's start is not the report's cost.
      let bytes = 0;
      const ms = await timeMs(
        async () => (bytes = (await buildReport(data, 'pdf', {}, { pdfPrinter: printer })).bytes.length),
      );
      out.pdfMs = Number(ms.toFixed(1));
      out.pdfRatio = Number((ms / median(floors)).toFixed(2));
      out.pdfMB = Number((bytes / 1e6).toFixed(2));
    } finally {
      await printer.close();
    }
  }
  out.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return out;
}
