/** The folder inside a project that holds its snapshots, one folder each. */
export const BACKUPS_FOLDER = 'backups';
/** Each snapshot's own description, written last: a snapshot without it is incomplete. */
export const MANIFEST_FILE = 'snapshot.json';

/** The reasons a snapshot is taken for, as they appear in its name. */
export const SNAPSHOT_REASONS = [
  'open',
  'editing',
  'before-restore',
  'before-mend',
  'before-reextract',
  'manual',
  'before-revise',
  'before-upgrade',
  'before-remove',
] as const;
/** Why a snapshot was taken. */
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** `20240501T123000123Z-open`, `…-editing-2`: UTC time to the millisecond, the reason, a counter on clashes. */
export const SNAPSHOT_NAME = new RegExp(`^(\\d{8}T\\d{9}Z)-(${SNAPSHOT_REASONS.join('|')})(?:-(\\d{1,4}))?$`);

/** The name of a snapshot taken at `at` for `reason`; `clash` > 0 when that name is taken. */
export function snapshotName(at: Date, reason: SnapshotReason, clash = 0): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return clash > 0 ? `${stamp}-${reason}-${clash}` : `${stamp}-${reason}`;
}

/** True when `name` can be a snapshot's name (so it is safe to join to the backups folder). */
export function isSnapshotName(name: string): boolean {
  return SNAPSHOT_NAME.test(name);
}

/** A timestamp as people read it: `2024-05-01 12:30 UTC`. */
export function describeTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
