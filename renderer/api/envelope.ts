import type { Envelope } from '../../shared/ipc/contract';

/** The sentence shown when something fails without saying why. */
export const GENERIC_ERROR = 'Something went wrong inside Factdesk; nothing was changed.';

/** True when `value` has the shape of an IPC envelope. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  if (ok === true) return 'value' in value;
  return ok === false && typeof (value as { error?: unknown }).error === 'string';
}

/** The value of an envelope, or an Error carrying its one-sentence message. */
export function unwrapEnvelope<T>(value: unknown): T {
  if (!isEnvelope(value)) throw new Error(GENERIC_ERROR);
  if (value.ok) return value.value as T;
  throw new Error(value.error || GENERIC_ERROR);
}

/** The message to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return GENERIC_ERROR;
}
