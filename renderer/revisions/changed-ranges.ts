import type { VersionDiff } from '../../shared/ipc/views';

/** A stretch of the current text, by offsets. */
export interface TextRange {
  readonly start: number;
  end: number;
}

/**
 * Where the text the last version added or rewrote lies in its own text (words replaced together are
 * one passage), and how many passages it removed outright.
 */
export function changedRanges(diff: VersionDiff): { added: TextRange[]; removed: number } {
  const added: TextRange[] = [];
  let removed = 0;
  let at = 0;
  let lastKind: VersionDiff['parts'][number]['kind'] | null = null;
  for (const part of diff.parts) {
    if (part.kind === 'removed') {
      // A removal followed by an addition is a rewrite, counted with the added passage.
      removed++;
      lastKind = 'removed';
      continue;
    }
    if (part.kind === 'added' && part.text.trim() !== '') {
      const last = added.at(-1);
      if (last && at - last.end <= 1) last.end = at + part.text.length;
      else added.push({ start: at, end: at + part.text.length });
      if (lastKind === 'removed') removed--;
    }
    lastKind = part.kind;
    at += part.text.length;
  }
  return { added, removed };
}
