import type { EarlierVersionDetail, ErrorCode, ErrorReply } from '../../shared/errors';
import { isEnvelope } from '../../shared/ipc/envelope';

export { isEnvelope };

/** The sentence shown when something fails without saying why. */
export const GENERIC_ERROR = 'Something went wrong inside Factdesk; nothing was changed.';

/** A refusal or failure from Factdesk: the sentence as its message, with the backend's code and detail. */
export class FactdeskError extends Error {
  override readonly name = 'FactdeskError';
  readonly code: ErrorCode;
  readonly backup?: string;
  readonly damage?: string;
  readonly earlier?: EarlierVersionDetail;

  constructor(reply: ErrorReply) {
    super(reply.message || GENERIC_ERROR);
    this.code = reply.code;
    if (reply.backup !== undefined) this.backup = reply.backup;
    if (reply.damage !== undefined) this.damage = reply.damage;
    if (reply.earlier !== undefined) this.earlier = reply.earlier;
  }

  /** The reply it came from, to tell refusals apart by code. */
  get reply(): ErrorReply {
    return {
      code: this.code,
      message: this.message,
      ...(this.backup !== undefined && { backup: this.backup }),
      ...(this.damage !== undefined && { damage: this.damage }),
      ...(this.earlier !== undefined && { earlier: this.earlier }),
    };
  }
}

/** The value of an envelope, or a FactdeskError carrying its code and one-sentence message. */
export function unwrapEnvelope<T>(value: unknown): T {
  if (!isEnvelope(value)) throw new FactdeskError({ code: 'transport', message: GENERIC_ERROR });
  if (value.ok) return value.value as T;
  throw new FactdeskError(value.error);
}

/** What went wrong, as a reply: a FactdeskError's own, else `internal` with the error's sentence. */
export function errorReplyOf(error: unknown): ErrorReply {
  return error instanceof FactdeskError ? error.reply : { code: 'internal', message: errorMessage(error) };
}

/** The message to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return GENERIC_ERROR;
}
