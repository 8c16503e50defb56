interface ClaimToolsProps {
  readonly canDismiss: boolean;
  readonly onDismiss: () => void;
  readonly onSplit: () => void;
}

/**
 * Reshaping the claim: split it in two, or take it out as not a claim (only while nobody has worked
 * on it). Not "Dismiss": that word closes notices elsewhere in the app, and this one removes a claim.
 */
export function ClaimTools({ canDismiss, onDismiss, onSplit }: ClaimToolsProps) {
  return (
    <div className="claim-tools">
      <button type="button" className="button-quiet tool-button" onClick={onSplit}>
        Split…
      </button>
      <button
        type="button"
        className="button-quiet tool-button"
        onClick={onDismiss}
        disabled={!canDismiss}
        title={
          canDismiss
            ? 'Not a claim worth checking: take it out of the list (undo brings it back)'
            : 'Clear its verdict, note and citations before taking it out'
        }
      >
        Not a claim
      </button>
    </div>
  );
}
