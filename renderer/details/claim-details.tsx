import { useState } from 'react';
import type { Citation } from '../../shared/domain/claim';
import type { ClaimRow } from '../../shared/ipc/views';
import type { ClaimActions } from '../hooks/use-claim-actions';
import { formatScore, plural } from '../lib/format';
import { kindLabel } from '../lib/status';
import { StatusButtons } from './status-buttons';
import { NoteField } from './note-field';
import { CitationsList } from './citations-list';
import { ClaimHistory } from './claim-history';
import '../styles/details.css';

interface ClaimDetailsProps {
  readonly claim: ClaimRow;
  readonly actions: ClaimActions;
  readonly onAddCitation: () => void;
}

/** Everything about the selected claim: mark it, note it, cite it, see its history. */
export function ClaimDetails({ claim, actions, onAddCitation }: ClaimDetailsProps) {
  const [removing, setRemoving] = useState<string | null>(null);

  async function remove(citation: Citation) {
    setRemoving(citation.id);
    await actions.removeCitation(claim.id, citation.id);
    setRemoving(null);
  }

  return (
    <section className="details" aria-label="Claim details">
      <div className="details-scroll">
        <p className="details-kicker">
          <span className="kind-chip">{kindLabel(claim.kind)}</span>
          <span title="Check-worthiness, from 0 to 100">Score {formatScore(claim.score)}</span>
          <span className="details-document" title={claim.documentTitle}>
            {claim.documentTitle}
          </span>
        </p>
        <h2 className="details-claim">{claim.text}</h2>
        {claim.quote && claim.quote !== claim.text && (
          <blockquote className="details-quote">
            <span className="visually-hidden">In the draft: </span>
            {claim.quote}
          </blockquote>
        )}
        {claim.warnings && claim.warnings.length > 0 && (
          <ul className="details-warnings">
            {claim.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <StatusButtons
          status={claim.status}
          onChange={(status) => void actions.setStatus(claim.id, status)}
        />
        <NoteField key={claim.id} claimId={claim.id} initialNote={claim.note} onSave={actions.setNote} />
        <div className="details-section">
          <div className="details-section-head">
            <h3>Citations</h3>
            <span className="details-count">{plural(claim.citations.length, 'source')}</span>
            <button type="button" className="button" aria-keyshortcuts="c" onClick={onAddCitation}>
              Add citation
            </button>
          </div>
          <CitationsList citations={claim.citations} busyId={removing} onRemove={(c) => void remove(c)} />
        </div>
        <div className="details-section">
          <div className="details-section-head">
            <h3>History</h3>
          </div>
          <ClaimHistory history={claim.history} />
        </div>
      </div>
    </section>
  );
}
