import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who a process is, as written into a lock: enough to tell later whether it is still running. */
export interface ProcessIdentity {
  readonly pid: number;
  readonly host: string;
  /**
   * When the process started, in the kernel's clock ticks since boot (Linux only): tells a live
   * process from a later one that reused the pid of a crashed one.
   */
  readonly started?: string;
}

/** This process. */
export function currentProcess(): ProcessIdentity {
  const started = startTimeOf(process.pid);
  return { pid: process.pid, host: hostname(), ...(started ? { started } : {}) };
}

/**
 * True unless `owner` is known to be gone: a process on another machine (a shared folder) cannot
 * be checked and counts as running; on this machine the pid must exist and, where the start time
 * is known on both sides, must be the same process, not a later one that reused its pid.
 */
export function isProcessAlive(owner: ProcessIdentity): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (owner.started === undefined) return true;
  const started = startTimeOf(owner.pid);
  return started === undefined || started === owner.started;
}

/** Field 22 of `/proc/<pid>/stat` (start time), or undefined where there is no /proc. */
function startTimeOf(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const value = fields[19];
    return value && /^\d+$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
