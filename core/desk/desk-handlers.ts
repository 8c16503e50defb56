import { codeOf, isUserError, messageFor, UserError } from '../../shared/errors';
import type { DeskStatus, DeskSyncOutcome } from '../../shared/ipc';
import type { HandlerSlice } from '../ipc/handler-types';
import type { OpenProject } from '../project/open-project';
import type { WorkbenchSession } from '../session/workbench-session';
import type { GitCredentials } from './git-errors';
import { checkRemoteUrl, syncProject } from './sync-project';
import type { TokenStore } from './token-store';

type DeskChannel = 'desk:status' | 'desk:share' | 'desk:sync';

/** What the desk handlers need: where tokens are kept (memory in the web workbench, keychain in the app). */
export interface DeskContext {
  readonly tokens: TokenStore;
}

/**
 * Sharing and syncing the open project from the app, on the same sync as `factdesk sync`. A token
 * typed in Share… is held in memory until a sync with it succeeds, then kept by the token store; it
 * never reaches the project, its history, .git/config, a log or a reply.
 */
export function deskHandlers({ tokens }: DeskContext): HandlerSlice<DeskChannel> {
  /** Tokens typed this run, by remote (a refused one is replaced by the next one typed). */
  const typed = new Map<string, GitCredentials>();
  /** The last sync of each project folder this run, and the one running. */
  const outcomes = new Map<string, DeskSyncOutcome>();
  const running = new Map<string, Promise<void>>();

  async function credentialsFor(remote: string | null): Promise<GitCredentials> {
    if (!remote) return {};
    return typed.get(remote) ?? (await tokens.get(remote)) ?? {};
  }

  async function status(project: OpenProject): Promise<DeskStatus> {
    const local = project.desk?.localState;
    const remote = local?.remote ?? null;
    return {
      remote,
      lastSync: local?.lastSync ?? null,
      hasToken: Boolean((await credentialsFor(remote)).token),
      tokenKept: tokens.kind,
      tokenNote: tokens.note,
      last: outcomes.get(project.dir) ?? null,
    };
  }

  /** One sync at a time per project: a second request while one runs waits for that one. */
  async function sync(session: WorkbenchSession, remote?: string): Promise<DeskStatus> {
    const project = session.project;
    const busy = running.get(project.dir);
    if (busy && !remote) {
      await busy.catch(() => undefined);
      return settled(project);
    }
    // Set before any await, so a request arriving meanwhile finds it.
    const work = (async () => {
      await busy?.catch(() => undefined);
      await runSync(session, project, remote);
    })();
    running.set(project.dir, work);
    try {
      await work;
    } finally {
      if (running.get(project.dir) === work) running.delete(project.dir);
    }
    return status(project);
  }

  async function settled(project: OpenProject): Promise<DeskStatus> {
    const last = outcomes.get(project.dir);
    if (last && !last.ok) throw new UserError(last.message, last.code);
    return status(project);
  }

  async function runSync(session: WorkbenchSession, project: OpenProject, remote?: string) {
    const url = remote ?? project.desk?.localState.remote ?? null;
    const credentials = await credentialsFor(url);
    try {
      const summary = await syncProject(project, {
        remote,
        credentials,
        author: {
          name: session.checker,
          email: session.checkerEmail || process.env.FACTDESK_CHECKER_EMAIL || 'checker@factdesk.invalid',
        },
      });
      outcomes.set(project.dir, { ok: true, summary });
      if (url && credentials.token) await tokens.set(url, credentials);
    } catch (error) {
      const failure = forTheApp(error);
      outcomes.set(project.dir, {
        ok: false,
        code: codeOf(failure),
        message: messageFor(failure),
        at: new Date().toISOString(),
      });
      throw failure;
    }
  }

  return {
    'desk:status': async (_args, session) => status(session.project),
    'desk:share': async ({ remote, token, user }, session) => {
      let url: string;
      try {
        url = checkRemoteUrl(remote);
      } catch (error) {
        throw forTheApp(error);
      }
      typed.set(url, { token, ...(user ? { user } : {}) });
      return sync(session, url);
    },
    'desk:sync': async (_args, session) => sync(session),
  };
}

/** The sync's sentences name the command line's options; the app's name its Share… dialog. */
export function forTheApp(error: unknown): Error {
  if (!isUserError(error)) return error as Error;
  const message = error.message
    .replace(/\(give it with --token-file or FACTDESK_GIT_TOKEN\)/, '(give the right one in Share…)')
    .replace(
      /pass the token with --token-file or FACTDESK_GIT_TOKEN, so it is never stored/,
      'type the token in its own field',
    )
    .replace(
      /sync it once with --remote URL \(an empty git repository\)/,
      'share it first (Share… in the header)',
    );
  return new UserError(message, codeOf(error));
}
