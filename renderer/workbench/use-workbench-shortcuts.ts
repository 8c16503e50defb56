import { useMemo } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import { useShortcuts, type ShortcutMap } from '../hooks/use-shortcuts';

/** What the workbench's keys do. */
export interface WorkbenchKeys {
  readonly step: (delta: 1 | -1) => void;
  readonly mark: (status: Exclude<ClaimStatus, 'unchecked'>) => void;
  readonly cite: () => void;
  readonly note: () => void;
  readonly filter: () => void;
  readonly help: () => void;
  readonly addClaim: () => void;
  readonly pick: () => void;
  readonly merge: () => void;
  readonly sources: () => void;
  readonly assign: () => void;
  /** The Checklists dialog (also "Edit checklists…" in Claim details). */
  readonly checklists: () => void;
  /** The Export report dialog (also the header's Export report). */
  readonly exportReport: () => void;
}

/** The workbench's single-key shortcuts, key → action (the ? dialog lists them: shortcut-list.ts). */
export function workbenchKeyMap(keys: WorkbenchKeys): ShortcutMap {
  return {
    ArrowDown: () => keys.step(1),
    j: () => keys.step(1),
    ArrowUp: () => keys.step(-1),
    k: () => keys.step(-1),
    v: () => keys.mark('verified'),
    d: () => keys.mark('disputed'),
    u: () => keys.mark('unsourced'),
    c: keys.cite,
    n: keys.note,
    '/': keys.filter,
    '?': keys.help,
    a: keys.addClaim,
    ' ': keys.pick,
    m: keys.merge,
    s: keys.sources,
    i: keys.assign,
    l: keys.checklists,
    e: keys.exportReport,
  };
}

/** The workbench's single-key shortcuts (the ? dialog lists them). */
export function useWorkbenchShortcuts(keys: WorkbenchKeys): void {
  const map = useMemo(() => workbenchKeyMap(keys), [keys]);
  useShortcuts(map);
}
