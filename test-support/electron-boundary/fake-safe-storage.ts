// The boundary mock's `safeStorage` (see ../electron-boundary-mock.ts).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { vi } from 'vitest';

/**
 * `safeStorage`, played with a real cipher (AES-256-GCM under a key of this fake "OS keychain"), so
 * what the shell stores is really unreadable without it. As in Electron: encryption is available only
 * once the app is ready and the OS offers a keychain; `encryptString` throws when it is not;
 * `decryptString` throws on bytes it did not seal (or sealed under another key). A test plays the
 * OS with `keychain` (none, or Linux's `basic_text` fallback) and `rotateKey` (another user's key).
 */
export class FakeSafeStorage {
  /** Whether the OS offers a keychain at all. */
  keychain = true;
  /** What `getSelectedStorageBackend` answers once ready (Linux). */
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet5' = 'gnome_libsecret';
  private key = randomBytes(32);

  constructor(private readonly appIsReady: () => boolean) {}

  rotateKey(): void {
    this.key = randomBytes(32);
  }

  readonly isEncryptionAvailable = vi.fn(() => this.appIsReady() && this.keychain);

  readonly getSelectedStorageBackend = vi.fn(() => (this.appIsReady() ? this.backend : 'unknown'));

  readonly encryptString = vi.fn((plainText: string): Buffer => {
    if (!this.isEncryptionAvailable())
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      );
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  });

  readonly decryptString = vi.fn((encrypted: Buffer): string => {
    if (!this.isEncryptionAvailable())
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
      );
    if (encrypted.length < 31 || encrypted.subarray(0, 3).toString() !== 'v11')
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, encrypted.subarray(3, 15));
    decipher.setAuthTag(encrypted.subarray(15, 31));
    try {
      return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
  });
}
