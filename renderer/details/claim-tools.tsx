interface ClaimToolsProps {
  readonly canDismiss: boolean;
  readonly onDismiss: () => void;
  readonly onSplit: () => void;
}

/** Reshaping the claim: split it in two, or dismiss it (only while nobody has worked on it). */
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
            ? 'Not a claim worth checking: remove it (undo brings it back)'
            : 'Clear its verdict, note and citations before dismissing it'
        }
      >
        Dismiss
      </button>
    </div>
  );
}
