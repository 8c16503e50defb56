import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { UserError } from '../../../shared/errors';

/** Limits on what a .docx (a zip archive) may unpack to. */
export interface ZipLimits {
  /** Most bytes all entries together may unpack to. */
  readonly maxTotalBytes: number;
  /** Highest ratio of unpacked to packed bytes, checked once the total passes `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxEntries: number;
}

/** 200 MB unpacked at most, no more than 100:1 overall (above 1 MB), at most 10,000 entries. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
};

/**
 * Checks a zip archive before any library unpacks it, so a zip bomb is refused with a sentence
 * instead of filling memory: first the sizes the archive declares (total, ratio, entry count),
 * then the real sizes, by inflating every entry and counting bytes without keeping them, so an
 * archive that lies about its sizes is caught too. Returns the entry names.
 */
export function checkZipArchive(
  fileName: string,
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): string[] {
  const entries = listEntries(fileName, bytes);
  if (entries.length > limits.maxEntries) throw bomb(fileName, `it holds ${entries.length} files`);
  const declared = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  checkTotals(fileName, declared, bytes.length, limits);
  const actual = inflatedSizes(fileName, bytes, limits);
  for (const entry of entries) {
    const real = actual.get(entry.name);
    if (real !== undefined && real > entry.originalSize) {
      throw bomb(fileName, `${entry.name} unpacks to more than the archive says`);
    }
  }
  return entries.map((entry) => entry.name);
}

function listEntries(fileName: string, bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ ...file });
        return false;
      },
    });
  } catch {
    throw damaged(fileName);
  }
  if (entries.length === 0) throw damaged(fileName);
  return entries;
}

function checkTotals(fileName: string, total: number, packed: number, limits: ZipLimits): void {
  if (total > limits.maxTotalBytes) {
    throw bomb(
      fileName,
      `it unpacks to ${megabytes(total)} MB, over the ${megabytes(limits.maxTotalBytes)} MB limit`,
    );
  }
  if (total > limits.ratioFloorBytes && total / Math.max(packed, 1) > limits.maxRatio) {
    throw bomb(fileName, `it unpacks to ${Math.round(total / Math.max(packed, 1))} times its size`);
  }
}

/** Inflates every entry, counting bytes; stops as soon as the running total passes the limits. */
function inflatedSizes(fileName: string, bytes: Uint8Array, limits: ZipLimits): Map<string, number> {
  const sizes = new Map<string, number>();
  let total = 0;
  let failure: UserError | null = null;
  const unzip = new Unzip((file) => {
    let size = 0;
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = damaged(fileName);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      sizes.set(file.name, size);
      try {
        checkTotals(fileName, total, bytes.length, limits);
      } catch (tooBig) {
        failure = tooBig as UserError;
        file.terminate();
      }
    };
    if (file.compression !== 0 && file.compression !== 8) {
      failure ??= damaged(fileName);
      return;
    }
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    failure ??= damaged(fileName);
  }
  if (failure) throw failure;
  return sizes;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function damaged(fileName: string): UserError {
  return new UserError(
    `${fileName} is damaged or is not a Word document: its zip archive cannot be read.`,
    'unreadable-draft',
  );
}

function bomb(fileName: string, why: string): UserError {
  return new UserError(
    `${fileName} was refused because ${why}; it may be a zip bomb, so Factdesk did not unpack it.`,
    'too-large',
  );
}
