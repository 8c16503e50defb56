// `npm run bench`: speed and memory figures as JSON, each beside a floor measured in the same run on the
// same data. Machines here are shared and noisy: the figures are medians and ratios. Pass sizes to
// shorten a run, e.g. `npm run bench -- 1000 10000`.
import { cpus, totalmem } from 'node:os';
import { measureExtraction } from './bench/extract-throughput';
import { measureStore } from './bench/store';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const startedAt = new Date().toISOString();
const extraction = await measureExtraction();
const store = await measureStore(sizes.length > 0 ? sizes : undefined);
const figures = {
  startedAt,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  extraction,
  store,
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
