import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A short random id with a one-letter prefix (`c` claims, `d` documents, `s` citations, `p` projects):
 * 12 base-32 characters (60 bits), so a project of millions of claims is still collision-free in practice.
 */
export function newId(prefix: 'c' | 'd' | 's' | 'p'): string {
  const bytes = randomBytes(12);
  let id = prefix;
  for (const byte of bytes) id += alphabet[byte & 31];
  return id;
}

/** Now, as the ISO timestamp every record uses. */
export function now(): string {
  return new Date().toISOString();
}
