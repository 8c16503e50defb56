import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';

/**
 * Which session of this process has which project open, so two windows never write one project.
 * (Across processes, the project lock does the same job.)
 */
export class ProjectRegistry {
  private readonly owners = new Map<string, object>();

  /** Reserves `dir` for `session`; refused when another session of this process has it. */
  claim(dir: string, session: object): string {
    const key = keyOf(dir);
    const owner = this.owners.get(key);
    if (owner && owner !== session) {
      throw new UserError('This project is already open in another Factdesk window.', 'open-elsewhere');
    }
    this.owners.set(key, session);
    return key;
  }

  confirm(key: string, session: object): void {
    this.owners.set(key, session);
  }

  releaseClaim(key: string, session: object): void {
    if (this.owners.get(key) === session) this.owners.delete(key);
  }

  release(dir: string, session: object): void {
    this.releaseClaim(keyOf(dir), session);
  }

  /** True when two paths name the same project folder. */
  sameFolder(a: string, b: string): boolean {
    return keyOf(a) === keyOf(b);
  }

  /** The session holding `dir`, if any (for focusing its window). */
  ownerOf(dir: string): object | undefined {
    return this.owners.get(keyOf(dir));
  }
}

function keyOf(dir: string): string {
  const path = resolve(dir);
  return process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
}
