/**
 * Why a request was refused or failed, as a stable code that programs act on (the renderer, the
 * shells, scripts reading the CLI), beside the sentence people read. Codes are only added, never
 * renamed. docs/command-line.md lists them.
 */
export const errorCodes = {
  refused: 'the request cannot be done as asked; the sentence says why',
  'invalid-request':
    'a request that does not match the contract (a bug, or a hostile page); nothing was changed',
  usage: 'the command line was called wrongly (exit code 2)',
  internal: 'something unexpected failed inside Factdesk; nothing was changed and the details are logged',
  transport: 'the request did not reach Factdesk, or its answer did not come back whole',
  'no-project': 'no project is open',
  'not-found': 'the claim, document, citation, version, backup or file named is not there',
  'passphrase-needed': 'the project is encrypted and no passphrase was given',
  'wrong-passphrase': 'the passphrase given is not the project’s',
  'file-damaged':
    'a project file cannot be read as it is; `backup` names the newest good backup, when there is one',
  'too-new': 'a file was written by a newer Factdesk',
  'project-locked': 'another process has the project open for writing',
  'open-elsewhere': 'another window of this Factdesk has the project open',
  'read-only': 'the project was opened read-only',
  'unreadable-draft': 'a draft is not in a format Factdesk reads, or is damaged, or holds no text',
  'too-large': 'a file or value is larger than Factdesk accepts',
  'io-failed': 'the disk refused a read or a write',
  unavailable: 'this shell or build cannot do that (no dialog, no PDF printer, no licence list)',
  'sync-failed': 'the git remote refused the sync or could not be reached; the work stays on this computer',
  cancelled: 'the work was cancelled before it finished; nothing of it was saved',
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * With `refused`, when a new version's text is that of an earlier version of the document: which
 * version it is, and the version the document has now (ISO `currentSince`), so an app can ask first.
 */
export interface EarlierVersionDetail {
  readonly file: string;
  readonly documentId: string;
  readonly title: string;
  readonly version: number;
  readonly currentVersion: number;
  readonly currentSince: string;
}

/** A refusal or failure as it crosses a process boundary: the code, the sentence, and any detail. */
export interface ErrorReply {
  readonly code: ErrorCode;
  /** One sentence for a person. */
  readonly message: string;
  /** With `file-damaged`: the newest good backup, to offer restoring it. */
  readonly backup?: string;
  /**
   * With `file-damaged`: which file is damaged and how, without the ways out the message goes on to
   * offer (an app shows its own buttons for those). Absent when the message is the damage alone.
   */
  readonly damage?: string;
  /** With `refused`: the draft sent as a new version has the text of an earlier version. */
  readonly earlier?: EarlierVersionDetail;
}

/**
 * An error meant for the person using Factdesk: its message is one clear sentence, shown as is
 * in the app and printed by the CLI without a stack trace; its code says what kind of refusal it is.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** With `file-damaged`: the newest good backup. Absent otherwise (not even `undefined`). */
  declare readonly backup?: string;

  constructor(
    message: string,
    readonly code: ErrorCode,
    backup?: string,
  ) {
    super(message);
    if (backup !== undefined) this.backup = backup;
  }
}

/** The sentence for a thrown value that is not a UserError. */
const INTERNAL = 'Something went wrong inside Factdesk; nothing was changed. Details are in the log.';

/** True for a UserError, also one from another bundle (where `instanceof` may not hold). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error instanceof Error && error.name === 'UserError');
}

/** The message to show a person for any thrown value; unexpected errors get a generic sentence. */
export function messageFor(error: unknown): string {
  return isUserError(error) ? error.message : INTERNAL;
}

/** The code of any thrown value: a UserError's own, else `internal`. */
export function codeOf(error: unknown): ErrorCode {
  if (!isUserError(error)) return 'internal';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && Object.hasOwn(errorCodes, code) ? (code as ErrorCode) : 'refused';
}

/** Any thrown value as it crosses a boundary: code, sentence and detail, never a stack. */
export function errorReplyFor(error: unknown): ErrorReply {
  const { backup, damage, earlier } = isUserError(error)
    ? (error as { backup?: unknown; damage?: unknown; earlier?: unknown })
    : { backup: undefined, damage: undefined, earlier: undefined };
  return {
    code: codeOf(error),
    message: messageFor(error),
    ...(typeof backup === 'string' && { backup }),
    ...(typeof damage === 'string' && { damage }),
    ...(isEarlierVersionDetail(earlier) && { earlier: detailOf(earlier) }),
  };
}

/** True when `value` has the shape of an ErrorReply (a known code and a sentence). */
export function isErrorReply(value: unknown): value is ErrorReply {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, backup, damage, earlier } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    Object.hasOwn(errorCodes, code) &&
    typeof message === 'string' &&
    (backup === undefined || typeof backup === 'string') &&
    (damage === undefined || typeof damage === 'string') &&
    (earlier === undefined || isEarlierVersionDetail(earlier))
  );
}

function isEarlierVersionDetail(value: unknown): value is EarlierVersionDetail {
  if (typeof value !== 'object' || value === null) return false;
  const { file, documentId, title, version, currentVersion, currentSince } = value as Record<string, unknown>;
  return (
    typeof file === 'string' &&
    typeof documentId === 'string' &&
    typeof title === 'string' &&
    Number.isInteger(version) &&
    Number.isInteger(currentVersion) &&
    typeof currentSince === 'string'
  );
}

/** The detail's own fields only, whatever else the object it came from has. */
function detailOf(detail: EarlierVersionDetail): EarlierVersionDetail {
  const { file, documentId, title, version, currentVersion, currentSince } = detail;
  return { file, documentId, title, version, currentVersion, currentSince };
}
