import type { DocumentView } from '../../shared/ipc/views';
import type { ClaimActions } from '../hooks/use-claim-actions';
import { formatCount } from '../lib/format';
import { ClaimDetails } from '../details/claim-details';
import { useClaim, useClaimRecord } from '../claims/use-claims';
import { useShownCount } from '../table/visible-claims';
import type { VisibleClaims } from '../table/visible-claims';
import type { OpenDialog } from './workbench-dialogs';

interface DetailsPaneProps {
  readonly claimId: string | null;
  readonly checker: string;
  readonly actions: ClaimActions;
  /** Undo/redo revision: the note and assignee fields show restored values. */
  readonly revision: number;
  /** Claims in the table now, for the hint when none is selected. */
  readonly visible: VisibleClaims;
  readonly onDialog: (dialog: OpenDialog) => void;
  readonly onDismiss: (claimId: string) => void;
  readonly mode: 'desktop' | 'web';
  readonly onOpenProject: (dir: string) => void;
  /** The draft shown beside the table (the selected claim's, once it has come), or null. */
  readonly draft: DocumentView | null;
}

/** Its own component: the count changes with each filter keystroke, the rest of the pane does not. */
function ShownCount({ visible }: { readonly visible: VisibleClaims }) {
  return <>{formatCount(useShownCount(visible))}</>;
}

/** The right-hand pane: the selected claim's details, or how to pick one. */
export function DetailsPane({
  claimId,
  checker,
  actions,
  revision,
  visible,
  onDialog,
  onDismiss,
  mode,
  onOpenProject,
  draft,
}: DetailsPaneProps) {
  // Subscribed to the one claim: a mark shows here in the frame after the key.
  const row = useClaim(claimId);
  // Its history, note and citations come when it is selected (the list's rows are slim).
  const claim = useClaimRecord(claimId);
  return (
    <aside className="details-pane" aria-label="Selected claim">
      {row && !claim ? (
        <section className="details" aria-label="Claim details" aria-busy="true">
          <div className="details-scroll">
            <h2 className="details-claim">{row.text}</h2>
          </div>
        </section>
      ) : claim ? (
        <ClaimDetails
          key={`${claim.id}:${revision}`}
          claim={claim}
          checker={checker}
          actions={actions}
          onAddCitation={() => onDialog({ kind: 'citation' })}
          onEditCitation={(citation) => onDialog({ kind: 'edit-citation', citation })}
          onSplit={() => onDialog({ kind: 'split' })}
          onDismiss={() => onDismiss(claim.id)}
          mode={mode}
          onOpenProject={onOpenProject}
          draftDate={draft?.id === claim.documentId ? (draft.documentDate ?? null) : undefined}
        />
      ) : (
        <div className="details-none">
          <p className="details-none-title">No claim selected</p>
          <p>
            Click a claim in the table or the draft, or press <kbd>j</kbd> to start with the first of{' '}
            <ShownCount visible={visible} />.
          </p>
          <p>
            Press <kbd>?</kbd> for all shortcuts.
          </p>
        </div>
      )}
    </aside>
  );
}
