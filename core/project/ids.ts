import { randomFillSync } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

const ID_BYTES = 12;
/**
 * Random bytes for the next ids, drawn from the system's secure generator 256 ids at a time: one
 * draw per id was a tenth of the main thread's work importing thousands of drafts. Each byte is
 * used once, so the ids are as unpredictable as before.
 */
const pool = new Uint8Array(ID_BYTES * 256);
let used = pool.length;

/**
 * A short random id with a one-letter prefix (`c` claims, `d` documents, `s` citations, `p` projects):
 * 12 base-32 characters (60 bits), so a project of millions of claims is still collision-free in practice.
 */
export function newId(prefix: 'c' | 'd' | 's' | 'p'): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  let id = prefix;
  for (let at = used; at < used + ID_BYTES; at++) id += alphabet[pool[at]! & 31];
  used += ID_BYTES;
  return id;
}

/** Now, as the ISO timestamp every record uses. */
export function now(): string {
  return new Date().toISOString();
}
