// Memory of other processes, from Linux's /proc: the peak resident set (VmHWM) of a process and of every
// process it started (Chromium's renderers hang below a zygote), and a process's proportional and
// private memory now (smaps_rollup); and the CPU time a process tree has used. Elsewhere the figures
// are null.
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

/** Clock ticks of /proc/PID/stat per second (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user and system) used so far by the processes below `rootPid` whose command line contains
 * `only`, in ms; null when there is none (or no /proc).
 */
export function treeCpuMs(rootPid: number, only: string): number | null {
  const processes = descendants(rootPid, (cmdline) => cmdline.includes(only));
  if (processes.length === 0) return null;
  const ticks = processes.reduce((sum, entry) => sum + entry.cpuTicks, 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The processes below `rootPid` (not itself) whose command line passes `keep`. */
function descendants(rootPid: number, keep: (cmdline: string) => boolean): ProcessEntry[] {
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

interface ProcessEntry {
  readonly pid: number;
  readonly ppid: number;
  readonly cmdline: string;
  /** utime + stime, in clock ticks. */
  readonly cpuTicks: number;
}

/** Parent pid, command line and CPU time of every process we can see. */
function processTable(): ProcessEntry[] {
  const table: ProcessEntry[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; after it, the ppid is the second
      // field, utime and stime the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      table.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        cmdline,
        cpuTicks: Number(fields[11]) + Number(fields[12]),
      });
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
