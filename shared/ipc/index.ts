export * from './contract';
export * from './views';
export type { DeskStatus, DeskSyncOutcome, DeskSyncSummary } from './desk';
