import { useId } from 'react';
import type { GroupBy } from '../hooks/use-project-prefs';
import { formatCount } from '../lib/format';
import { kindLabel } from '../lib/status';

interface TableToolsProps {
  readonly kind: string;
  readonly onKind: (kind: string) => void;
  /** Kind → count in the current scope. */
  readonly kindCounts: ReadonlyMap<string, number>;
  readonly needsEvidence: boolean;
  readonly onNeedsEvidence: (on: boolean) => void;
  readonly needsEvidenceCount: number;
  /** Claims a new version of their draft changed or took away (the toggle shows only when there are some). */
  readonly needsRecheck?: boolean;
  readonly onNeedsRecheck?: (on: boolean) => void;
  /** How many of the claims shown under the rest of the filter need a re-check. */
  readonly needsRecheckCount?: number;
  /** True when any claim in view, filter aside, needs a re-check: the toggle stays while typing. */
  readonly anyNeedsRecheck?: boolean;
  /** Only the claims assigned to the current checker. */
  readonly mine?: boolean;
  readonly onMine?: (on: boolean) => void;
  readonly checker?: string;
  readonly groupBy: GroupBy;
  readonly onGroupBy: (groupBy: GroupBy) => void;
}

/** The kind facet, the "Needs evidence" filter and grouping. */
export function TableTools(props: TableToolsProps) {
  const id = useId();
  const kinds = [...props.kindCounts.keys()].sort();
  return (
    <>
      <span className="tool-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          className="input tool-select"
          value={props.kind}
          onChange={(event) => props.onKind(event.target.value)}
        >
          <option value="all">All kinds</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)} ({formatCount(props.kindCounts.get(kind) ?? 0)})
            </option>
          ))}
        </select>
      </span>
      <label className={props.needsEvidence ? 'tool-toggle is-on' : 'tool-toggle'}>
        <input
          type="checkbox"
          checked={props.needsEvidence}
          onChange={(event) => props.onNeedsEvidence(event.target.checked)}
        />
        <span aria-hidden="true">⚑</span> Needs evidence{' '}
        <span className="facet-count">{formatCount(props.needsEvidenceCount)}</span>
      </label>
      {(props.anyNeedsRecheck || props.needsRecheck) && (
        <label className={props.needsRecheck ? 'tool-toggle is-on' : 'tool-toggle'}>
          <input
            type="checkbox"
            checked={props.needsRecheck ?? false}
            onChange={(event) => props.onNeedsRecheck?.(event.target.checked)}
          />
          <span aria-hidden="true">↻</span> Needs recheck{' '}
          <span className="facet-count">{formatCount(props.needsRecheckCount ?? 0)}</span>
        </label>
      )}
      {props.checker && props.onMine && (
        <label
          className={props.mine ? 'tool-toggle is-on' : 'tool-toggle'}
          title={`Only the claims assigned to ${props.checker}`}
        >
          <input
            type="checkbox"
            checked={props.mine ?? false}
            onChange={(event) => props.onMine?.(event.target.checked)}
          />
          <span aria-hidden="true">☺</span> Assigned to me
        </label>
      )}
      <span className="tool-field">
        <label htmlFor={`${id}-group`}>Group by</label>
        <select
          id={`${id}-group`}
          className="input tool-select"
          value={props.groupBy}
          onChange={(event) => props.onGroupBy(event.target.value as GroupBy)}
        >
          <option value="none">Nothing</option>
          <option value="status">Status</option>
          <option value="document">Document</option>
        </select>
      </span>
    </>
  );
}
