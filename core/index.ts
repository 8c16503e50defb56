import { AppSettings } from './app/app-settings';
import { toolName } from './app/tool-name';
import { ProjectRegistry } from './session/project-registry';
import type { Dialogs, ServicesOptions } from './service-types';
import { WorkbenchSession } from './session/workbench-session';
import { inlineRunner } from './extraction/extraction-runner';
import { oneShotChromiumPrinter } from './reports/pdf-printer';
import { memoryTokenStore } from './desk/token-store';
import type { HandlerContext } from './ipc/handlers';
import { DeskIndex } from './seen/desk-index';

export type { Dialogs, Router, ServicesOptions } from './service-types';
export { WorkbenchSession } from './session/workbench-session';
export { registerHandlers } from './ipc/register-handlers';
export { inlineRunner, workerRunner, type ExtractionRunner } from './extraction/extraction-runner';
export type { PdfPrinter } from './reports/pdf-printer';
export { releaseProjectLocksNow } from './storage/project-lock';
export { memoryTokenStore, type TokenStore } from './desk/token-store';

/** Everything the shells (Electron, web workbench) need: what the handlers are given, and sessions. */
export interface Services extends HandlerContext {
  /** A new session: one per window. */
  createSession(): WorkbenchSession;
  /** Waits for every pending write of every session. */
  flush(): Promise<void>;
  /** Closes every session: flushes writes and releases project locks. */
  close(): Promise<void>;
}

/** Builds the services for one process. Never imports electron: paths and dialogs are passed in. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const settings = await AppSettings.load(options.userDataDir);
  const registry = new ProjectRegistry();
  const sessions = new Set<WorkbenchSession>();
  const tool = toolName(options.mode);
  const desk = new DeskIndex({
    folders: () => [...settings.recent().map((entry) => entry.dir), ...settings.archives()],
    // An encrypted project is unlocked while a window of this process has it open.
    unlocked: (dir) => {
      for (const session of sessions)
        if (session.hasProject && registry.sameFolder(session.project.dir, dir) && session.project.encrypted)
          return session.project.codec;
      return undefined;
    },
    // A project open here is read from memory: reading its files again as it opens would double the
    // work and the memory of opening it (docs/scale.md).
    open: (dir) => {
      for (const session of sessions) {
        if (!session.hasProject || !registry.sameFolder(session.project.dir, dir)) continue;
        const project = session.project;
        return { title: project.title, codec: project.codec, documents: project.readEachDocument() };
      }
      return undefined;
    },
  });
  // Opening a project starts reading the desk in the background: the others for this window's
  // lookups, and this one (unlocked now, if encrypted) for the other windows'.
  settings.onOpened(() => desk.warm());
  return {
    desk,
    mode: options.mode,
    version: options.version,
    settings,
    dialogs: options.dialogs,
    pdfPrinter: options.pdfPrinter ?? oneShotChromiumPrinter(),
    licensesFile: options.licensesFile,
    tokens: options.tokens ?? memoryTokenStore(),
    createSession() {
      const session = new WorkbenchSession(settings, registry, tool, options.extraction ?? inlineRunner);
      sessions.add(session);
      const close = session.close.bind(session);
      session.close = async () => {
        sessions.delete(session);
        await close();
      };
      return session;
    },
    async flush() {
      await Promise.all(
        [...sessions].map((session) => (session.hasProject ? session.project.flush() : undefined)),
      );
      await settings.flush();
    },
    async close() {
      await Promise.all([...sessions].map((session) => session.close()));
      await settings.flush();
    },
  };
}

/** Dialogs for shells without native ones (web workbench, CLI, tests): every choice is "cancelled". */
export const noDialogs: Dialogs = {
  chooseProjectFolder: async () => null,
  chooseDrafts: async () => null,
};
