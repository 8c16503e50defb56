export * from './contract';
export * from './backup-views';
export * from './citation-input';
export * from './views';
export type { ClaimListRow, ClaimsPage, ListedValues } from './claim-list-row';
export type { DeskStatus, DeskSyncOutcome, DeskSyncSummary } from './desk';
export type {
  ArchiveFolders,
  CheckedBeforeMatch,
  CheckedBeforeResult,
  CheckedBeforeSkip,
  ReusedCitations,
} from './checked-before';
