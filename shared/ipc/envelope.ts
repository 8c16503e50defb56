// Envelopes without zod, so the sandboxed preload can check them too.
import { isErrorReply, type ErrorCode, type ErrorReply } from '../errors';
import type { Envelope } from './contract';

/** True when `value` has the shape of an envelope: a value, or an error with a known code and a sentence. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, error } = value as { ok?: unknown; error?: unknown };
  return ok === true ? 'value' in value : ok === false && isErrorReply(error);
}

/** An envelope that refuses: `code` and one sentence. */
export function refusal(code: ErrorCode, message: string): { ok: false; error: ErrorReply } {
  return { ok: false, error: { code, message } };
}
