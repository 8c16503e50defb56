import { useMemo, useState } from 'react';
import { useClaimsStore, useDeskCheckers } from '../claims/use-claims';
import { deskCheckers } from '../desk/desk-checkers';
import type { Citation } from '../../shared/domain/claim';
import type { ClaimRecord } from '../claims/use-claims';
import type { ClaimActions } from '../hooks/use-claim-actions';
import { useNotices } from '../app/notices-context';
import { formatScore, languageName, plural } from '../lib/format';
import { resolvedDate, resolvedDateLabel } from '../lib/resolved-date';
import { kindLabel } from '../lib/status';
import { StatusButtons } from './status-buttons';
import { NoteField } from './note-field';
import { CitationsList } from './citations-list';
import { ClaimHistory } from './claim-history';
import { AssigneeField } from './assignee-field';
import { ClaimTools } from './claim-tools';
import { ClaimWarnings } from './claim-warnings';
import { EvidenceCue } from './evidence-cue';
import { ClaimChecklist } from '../checklists/claim-checklist';
import { RevisionFlag } from '../revisions/revision-flag';
import { ContestedValues } from '../desk/contested-values';
import { SignOff } from '../desk/sign-off';
import { CheckedBefore } from '../seen/checked-before';
import { verdictSentence } from '../seen/verdict-sentence';
import type { CheckedBeforeMatch } from '../../shared/ipc/checked-before';
import '../styles/details.css';

interface ClaimDetailsProps {
  readonly claim: ClaimRecord;
  readonly checker: string;
  readonly actions: ClaimActions;
  readonly onAddCitation: () => void;
  readonly onEditCitation: (citation: Citation) => void;
  readonly onSplit: () => void;
  readonly onDismiss: () => void;
  readonly mode: 'desktop' | 'web';
  /** Opens another project of the desk (one "Checked before" found the claim in). */
  readonly onOpenProject: (dir: string) => void;
  /** Its draft's publication date; null when it has none, undefined while the draft has not come. */
  readonly draftDate?: string | null;
}

/** Everything about the selected claim: mark it, note it, assign it, cite it, see its history. */

/** Why a claim in another language is scored as it is (the model reads English words only). */
const SCORE_LANGUAGE_NOTE =
  'The check-worthiness model reads English words: in other languages the score comes from language-independent cues only (figures, dates, quotes, punctuation).';

export function ClaimDetails(props: ClaimDetailsProps) {
  const { claim, actions } = props;
  const { notify, reportError } = useNotices();
  const [removing, setRemoving] = useState<string | null>(null);
  const date = resolvedDate(claim.values);
  const store = useClaimsStore();
  const desk = useDeskCheckers();
  // Read when a claim is selected or the desk's names arrive, not on every change: they change rarely.
  const checkers = useMemo(
    () => deskCheckers([...desk, ...claim.history.map((entry) => entry.by)], store.all(), props.checker),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- claim.id: read again for each claim
    [store, desk, props.checker, claim.id],
  );
  const untouched = claim.status === 'unchecked' && !claim.note && claim.citations.length === 0;
  const [noteAppend, setNoteAppend] = useState<{ text: string; seq: number } | undefined>(undefined);

  async function reuse(match: CheckedBeforeMatch) {
    try {
      const reused = await actions.reuseCitations(claim.id, match);
      const files =
        reused.filesLeftOut > 0
          ? ` (${plural(reused.filesLeftOut, 'attached file')} could not be copied)`
          : '';
      notify(
        `Added ${plural(reused.added, 'citation')} from ${match.projectTitle || 'another project'}${files}.`,
      );
    } catch (error) {
      reportError(error);
    }
  }

  async function remove(citation: Citation) {
    setRemoving(citation.id);
    const row = await actions.removeCitation(claim.id, citation.id);
    setRemoving(null);
    if (row) notify('Citation removed.');
  }

  return (
    <section className="details" aria-label="Claim details">
      <div className="details-scroll">
        <p className="details-kicker">
          <span className="kind-chip">{kindLabel(claim.kind)}</span>
          <span title="Chance that a fact-checker would check this sentence, in percent">
            Score {formatScore(claim.score)}
          </span>
          {claim.language && claim.language !== 'en' && (
            // The language's name stays whole; the note beside it gives way first in a narrow pane.
            <>
              <span className="score-language-name" title={SCORE_LANGUAGE_NOTE}>
                {languageName(claim.language)}
              </span>
              <span className="score-language-note" title={SCORE_LANGUAGE_NOTE}>
                · scored on figures, dates, quotes
              </span>
            </>
          )}
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
        {date && (
          <p className="details-date">
            {date === 'not resolved' ? (
              <>
                <span className="details-date-label">Date not resolved</span>
                {props.draftDate === null
                  ? ': it is counted from the draft’s publication date, which is not set. Set “Published” above the draft to place it.'
                  : props.draftDate !== undefined && ': it names no day on the calendar; check it by hand.'}
              </>
            ) : (
              <>
                <span className="details-date-label">{resolvedDateLabel(claim.values)}</span> {date}
              </>
            )}
          </p>
        )}
        <ClaimWarnings warnings={claim.warnings} />
        <RevisionFlag claim={claim} />
        <StatusButtons
          status={claim.status}
          onChange={(status) => void actions.setStatus(claim.id, status)}
        />
        <ContestedValues values={claim.contested ?? []} />
        <SignOff
          claim={claim}
          checker={props.checker}
          onApprove={() => void actions.approve(claim.id)}
          onWithdraw={() => void actions.withdrawApproval(claim.id)}
        />
        <EvidenceCue claim={claim} />
        <AssigneeField
          key={`${claim.id}:${claim.assignee ?? ''}`}
          assignee={claim.assignee ?? ''}
          checker={props.checker}
          checkers={checkers}
          onSave={(assignee) => void actions.setAssignee(claim.id, assignee)}
        />
        <NoteField
          key={claim.id}
          claimId={claim.id}
          initialNote={claim.note}
          onSave={actions.setNote}
          append={noteAppend}
        />
        <div className="details-section">
          <div className="details-section-head">
            <h3>Citations</h3>
            <span className="details-count">{plural(claim.citations.length, 'source')}</span>
            <button type="button" className="button" aria-keyshortcuts="c" onClick={props.onAddCitation}>
              Add citation
            </button>
          </div>
          <CitationsList
            citations={claim.citations}
            busyId={removing}
            onRemove={(c) => void remove(c)}
            onEdit={props.onEditCitation}
          />
        </div>
        {/* After the citations: a verdict, a note and a source stay in view on a 700 px high window. */}
        <CheckedBefore
          claimId={claim.id}
          mode={props.mode}
          onOpenProject={props.onOpenProject}
          onReuse={reuse}
          onCopy={(match) => {
            setNoteAppend((last) => ({ text: verdictSentence(match), seq: (last?.seq ?? 0) + 1 }));
            notify('Verdict copied into the note.');
          }}
        />
        <ClaimChecklist claim={claim} onTick={(item, done) => void actions.tick(claim.id, item, done)} />
        <ClaimTools canDismiss={untouched} onDismiss={props.onDismiss} onSplit={props.onSplit} />
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
