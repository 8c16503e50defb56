import { UserError } from '../../shared/errors';
import { PdfJoiner } from './join-pdf-parts';
import type { PdfPrinter } from './pdf-printer';

/** How far a PDF report has got: parts printed and joined, of all its parts. */
export interface PdfProgress {
  readonly partsDone: number;
  readonly parts: number;
}

export interface PdfPartsOptions {
  /** Called after each part is printed and joined (and once at the start, with none done). */
  readonly onProgress?: (progress: PdfProgress) => void;
  /** Stops between parts: nothing is returned and nothing is kept. */
  readonly signal?: AbortSignal;
  /** Parts printed at once (each in its own page of the printer). */
  readonly concurrency?: number;
}

/** The sentence a cancelled PDF report ends with. */
export const PDF_CANCELLED = 'The PDF report was cancelled; nothing was saved.';

/**
 * Prints a report's parts (whole HTML pages, `reportPrintParts`) and joins them in order into one
 * PDF with continuous page numbers. Up to `concurrency` parts print at once; each finished part is
 * joined as soon as the ones before it are, so at most a few parts' bytes are held. A cancel takes
 * effect when the parts being printed finish (a part is a few seconds of printing).
 */
export async function printPdfInParts(
  parts: readonly string[],
  printer: PdfPrinter,
  { onProgress, signal, concurrency = 2 }: PdfPartsOptions = {},
): Promise<Uint8Array> {
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new UserError(PDF_CANCELLED, 'cancelled');
  };
  stopIfCancelled();
  const joiner = await PdfJoiner.create();
  const printed = new Map<number, Uint8Array>();
  let nextToPrint = 0;
  let nextToJoin = 0;
  onProgress?.({ partsDone: 0, parts: parts.length });
  // Joining is serial: one chain, each link waiting for the part it joins.
  let joining = Promise.resolve();
  const joinReady = async () => {
    while (printed.has(nextToJoin)) {
      const bytes = printed.get(nextToJoin)!;
      printed.delete(nextToJoin);
      await joiner.add(bytes);
      nextToJoin++;
      onProgress?.({ partsDone: nextToJoin, parts: parts.length });
    }
  };
  let failed = false;
  const worker = async () => {
    try {
      while (nextToPrint < parts.length && !failed) {
        stopIfCancelled();
        const index = nextToPrint++;
        printed.set(index, await printer.print(parts[index]!));
        stopIfCancelled();
        joining = joining.then(joinReady);
        await joining;
      }
    } catch (error) {
      failed = true; // the other workers stop after the part they are printing
      throw error;
    }
  };
  // Every worker is settled before this returns or throws: no printing goes on after a cancel.
  const settled = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(concurrency, parts.length)) }, worker),
  );
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  stopIfCancelled();
  return joiner.finish();
}
