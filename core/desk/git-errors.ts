import { UserError } from '../../shared/errors';

/** A personal access token for the git server (HTTP basic auth); never stored, never printed. */
export interface GitCredentials {
  readonly token?: string;
  /** The user name sent with the token (hosts that check it want the account's name). */
  readonly user?: string;
}

/** isomorphic-git's auth callbacks for a token: no second try with the same refused token. */
export function remoteAuth(credentials: GitCredentials) {
  const token = credentials.token;
  return {
    onAuth: () => (token ? { username: credentials.user || 'factdesk', password: token } : { cancel: true }),
    onAuthFailure: () => ({ cancel: true }),
  };
}

/**
 * True for an error that says this copy's .git folder is damaged (an object or ref a killed sync left
 * half-written): the shared files themselves are intact, so the repository can be made anew.
 */
export function isRepositoryDamage(error: unknown): boolean {
  if (error instanceof UserError) return false;
  const failure = error as { code?: string; message?: string };
  if (
    ['InternalError', 'ObjectTypeError', 'Z_DATA_ERROR', 'Z_BUF_ERROR', 'ReadObjectFail'].includes(
      failure.code ?? '',
    )
  ) {
    return true;
  }
  if (failure.code === 'NotFoundError' && /[0-9a-f]{40}/.test(failure.message ?? '')) return true;
  return /incorrect header check|unexpected end of (file|data)|invalid (stored block|distance)/i.test(
    failure.message ?? '',
  );
}

/** One sentence for a failed fetch or push; nothing local was lost (the caller keeps everything). */
export function gitFailure(error: unknown, url: string): Error {
  if (error instanceof UserError) return error;
  if (isRepositoryDamage(error)) return error as Error;
  const failure = error as {
    code?: string;
    data?: { statusCode?: number; reason?: string };
    message?: string;
  };
  const where = new URL(url).host;
  const kept = 'your work is kept on this computer and goes out at the next sync';
  const status = failure.data?.statusCode;
  if (failure.code === 'UserCanceledError' || status === 401 || status === 403) {
    return new UserError(
      `The git server at ${where} refused the sync: the token is missing or wrong (give it with --token-file or FACTDESK_GIT_TOKEN); ${kept}.`,
      'sync-failed',
    );
  }
  if (status === 404) {
    return new UserError(
      `There is no git repository at ${url} (the server answered 404); ${kept}.`,
      'sync-failed',
    );
  }
  if (failure.code === 'PushRejectedError') {
    return new UserError(
      `The remote kept changing while this copy tried to send its work; ${kept}. Sync again.`,
      'sync-failed',
    );
  }
  const errno = (error as NodeJS.ErrnoException).code ?? '';
  if (errno === 'ENOSPC')
    return new UserError(
      `The disk is full, so the sync stopped; ${kept}. Free some space and sync again.`,
      'io-failed',
    );
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(errno)) {
    return new UserError(`Factdesk could not reach ${where} (offline?); ${kept}.`, 'sync-failed');
  }
  if (
    ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(errno) ||
    /socket hang up|aborted|premature/i.test(failure.message ?? '')
  ) {
    return new UserError(
      `The connection to ${where} broke during the sync; ${kept}. Sync again.`,
      'sync-failed',
    );
  }
  if (status) return new UserError(`The git server at ${where} answered ${status}; ${kept}.`, 'sync-failed');
  return new UserError(
    `The sync with ${where} failed (${(failure.message ?? 'unknown error').slice(0, 200)}); ${kept}.`,
    'sync-failed',
  );
}
