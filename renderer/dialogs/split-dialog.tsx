import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { Modal } from './modal';
import { ModalActions } from './modal-actions';

interface SplitDialogProps {
  readonly claim: ClaimListRow;
  /** `at` is an offset into the document's text. */
  readonly onSplit: (at: number) => void;
  readonly onClose: () => void;
}

/** The word boundaries inside a claim's quote where it can be split, as document offsets. */
function splitPoints(claim: ClaimListRow): { at: number; before: string; after: string }[] {
  const points: { at: number; before: string; after: string }[] = [];
  const quote = claim.quote;
  const words = /\S+/g;
  let match: RegExpExecArray | null;
  while ((match = words.exec(quote))) {
    if (match.index === 0) continue;
    points.push({
      at: claim.start + match.index,
      before: quote.slice(0, match.index).trim(),
      after: quote.slice(match.index),
    });
  }
  return points;
}

/** Split a claim in two: pick the word the second claim starts with. */
export function SplitDialog({ claim, onSplit, onClose }: SplitDialogProps) {
  const points = splitPoints(claim);
  return (
    <Modal
      title="Split claim"
      className="split-dialog"
      description="Choose the word the second claim starts with."
      onClose={onClose}
    >
      <div className="modal-body">
        {points.length === 0 ? (
          <p>This claim is a single word; there is nothing to split.</p>
        ) : (
          <ol className="split-words">
            {points.map((point) => {
              const word = point.after.split(/\s/)[0]!;
              return (
                <li key={point.at}>
                  <button
                    type="button"
                    className="button-quiet split-word"
                    aria-label={`Split before “${word}” (at ${point.at - claim.start})`}
                    title={`${point.before} | ${point.after}`}
                    onClick={() => onSplit(point.at)}
                  >
                    {word}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <ModalActions onCancel={onClose} />
      </div>
    </Modal>
  );
}
