// Memory of other processes, from Linux's /proc: the peak resident set (VmHWM) of a process and of every
// process it started (Chromium's renderers hang below a zygote), and a process's proportional and
// private memory now (smaps_rollup). Elsewhere the figures are null.
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

/** What a process holds now, in MiB, from /proc/PID/smaps_rollup. */
export interface HeldMemory {
  /** Resident pages, each shared page counted whole (as VmRSS). */
  readonly rss: number;
  /** Resident pages, each shared page divided among the processes that map it. */
  readonly pss: number;
  /** Resident pages no other process maps: what ending it would give back. */
  readonly private: number;
}

/** A process's resident, proportional and private memory now; null if it is gone or /proc is not there. */
export function heldMemoryMiB(pid: number | undefined): HeldMemory | null {
  if (pid === undefined) return null;
  let rollup: string;
  try {
    rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  } catch {
    return null;
  }
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
  return {
    rss: kB('Rss') / 1024,
    pss: kB('Pss') / 1024,
    private: (kB('Private_Clean') + kB('Private_Dirty')) / 1024,
  };
}

/**
 * The renderer holding the most proportional memory now among the processes below `rootPid` whose
 * command line holds `only` and `--type=renderer` (Chromium keeps a spare renderer beside the page's).
 */
export function largestRendererNow(rootPid: number, only: string): HeldMemory | null {
  let largest: HeldMemory | null = null;
  for (const { pid } of descendants(
    rootPid,
    (cmdline) => cmdline.includes(only) && cmdline.includes('--type=renderer'),
  )) {
    const held = heldMemoryMiB(pid);
    if (held && (!largest || held.pss > largest.pss)) largest = held;
  }
  return largest;
}

/** The processes below `rootPid` (not itself) whose command line passes `keep`. */
export function descendants(
  rootPid: number,
  keep: (cmdline: string) => boolean,
): { pid: number; cmdline: string }[] {
  const table = processTable();
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
  return table.filter((entry) => entry.pid !== rootPid && inTree.has(entry.pid) && keep(entry.cmdline));
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
  const processes = descendants(rootPid, (cmdline) => cmdline.includes(only));
  if (processes.length === 0) return null;
  let peakSum = 0;
  let rssSum = 0;
  let largestPeak = 0;
  for (const entry of processes) {
    const peak = statusMiB(entry.pid, 'VmHWM') ?? 0;
    peakSum += peak;
    rssSum += statusMiB(entry.pid, 'VmRSS') ?? 0;
    if (entry.cmdline.includes(largestOf)) largestPeak = Math.max(largestPeak, peak);
  }
  return { peakSum: Math.round(peakSum), rssSum: Math.round(rssSum), largestPeak: Math.round(largestPeak) };
}
