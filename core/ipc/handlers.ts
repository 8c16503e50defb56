import { aboutHandlers } from '../app/about-handlers';
import { appHandlers } from '../app/app-handlers';
import type { AppSettings } from '../app/app-settings';
import { toolName } from '../app/tool-name';
import { backupHandlers } from '../backups/backup-handlers';
import { citationHandlers } from '../citations/citation-handlers';
import { checklistHandlers } from '../claims/checklist-handlers';
import { claimEditHandlers } from '../claims/claim-edit-handlers';
import { claimHandlers } from '../claims/claim-handlers';
import { deskHandlers } from '../desk/desk-handlers';
import type { TokenStore } from '../desk/token-store';
import { documentHandlers } from '../documents/document-handlers';
import { draftHandlers } from '../drafts/draft-handlers';
import type { PdfPrinter } from '../reports/pdf-printer';
import { projectSettingsHandlers } from '../project/project-settings-handlers';
import { reportHandlers } from '../reports/report-handlers';
import { revisionHandlers } from '../revisions/revision-handlers';
import type { Dialogs } from '../service-types';
import type { DeskIndex } from '../seen/desk-index';
import { seenHandlers } from '../seen/seen-handlers';
import { sessionHandlers } from '../session/session-handlers';
import { composeHandlers } from './compose-handlers';
import type { HandlerMap } from './handler-types';

/** What the process gives its handlers; each feature's slice takes only its part. */
export interface HandlerContext {
  readonly mode: 'desktop' | 'web';
  readonly version: string;
  readonly settings: AppSettings;
  readonly dialogs: Dialogs;
  readonly pdfPrinter: PdfPrinter;
  readonly licensesFile?: string;
  /** Where git tokens are kept: this process's memory (web), the OS keychain (desktop). */
  readonly tokens: TokenStore;
  /** The desk's "Checked before" index, one per process, in memory only. */
  readonly desk: DeskIndex;
}

/** The handlers of every channel, one slice per feature; a channel in two slices does not compile. */
export function createHandlers(context: HandlerContext): HandlerMap {
  const { mode, version, settings, dialogs, pdfPrinter, licensesFile, tokens, desk } = context;
  return composeHandlers(
    appHandlers({ mode, version, settings }),
    aboutHandlers({ mode, version, licensesFile }),
    sessionHandlers(dialogs),
    draftHandlers(dialogs),
    claimHandlers,
    claimEditHandlers,
    checklistHandlers,
    citationHandlers(dialogs),
    reportHandlers({ pdfPrinter, dialogs }),
    backupHandlers(toolName(mode)),
    revisionHandlers,
    deskHandlers({ tokens }),
    projectSettingsHandlers,
    documentHandlers,
    seenHandlers({ desk, settings, dialogs }),
  );
}
