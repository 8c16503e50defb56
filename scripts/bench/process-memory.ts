// Memory of other processes, from Linux's /proc: the peak resident set (VmHWM) of a process and of every
// process it started (Chromium's renderers hang below a zygote). Elsewhere the figures are null.
import { readFileSync, readdirSync } from 'node:fs';

/** A number field (kB) of /proc/PID/status in MiB, or null if the process or field is gone. */
function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Parent pid and command line of every process we can see. */
function processTable(): { pid: number; ppid: number; cmdline: string }[] {
  const table: { pid: number; ppid: number; cmdline: string }[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the ppid is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      table.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** Peak resident memory of one process, in MiB (null where /proc is not available). */
export function peakRssMiB(pid: number | undefined): number | null {
  return pid === undefined ? null : statusMiB(pid, 'VmHWM');
}

/**
 * Peak and current resident memory of the processes below `rootPid` whose command line contains
 * `only` (e.g. Chromium's path), in MiB: the sum over them, and the largest single one whose command
 * line also contains `largestOf` (e.g. `--type=renderer`). Sums overstate a little: pages shared
 * between processes are counted in each.
 */
export function treeMemoryMiB(
  rootPid: number,
  only: string,
  largestOf: string,
): { peakSum: number; rssSum: number; largestPeak: number } | null {
  const table = processTable();
  if (table.length === 0) return null;
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of table) {
      if (inTree.has(entry.ppid) && !inTree.has(entry.pid)) {
        inTree.add(entry.pid);
        grew = true;
      }
    }
  }
  let peakSum = 0;
  let rssSum = 0;
  let largestPeak = 0;
  for (const entry of table) {
    if (!inTree.has(entry.pid) || !entry.cmdline.includes(only)) continue;
    const peak = statusMiB(entry.pid, 'VmHWM') ?? 0;
    peakSum += peak;
    rssSum += statusMiB(entry.pid, 'VmRSS') ?? 0;
    if (entry.cmdline.includes(largestOf)) largestPeak = Math.max(largestPeak, peak);
  }
  return { peakSum: Math.round(peakSum), rssSum: Math.round(rssSum), largestPeak: Math.round(largestPeak) };
}
