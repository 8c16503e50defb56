import { useId } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { StatusCounts } from '../../shared/ipc/views';
import type { StatusFacet } from './claim-filter';
import { formatCount } from '../lib/format';
import { STATUSES, STATUS_META } from '../lib/status';
import { FilterSearch } from '../lib/filter-search';

/** The list is still arriving; `of` is how many claims it will hold here, when known. */
export interface Arriving {
  readonly of: number | null;
}

interface FilterBarProps {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly status: StatusFacet;
  readonly onStatus: (status: StatusFacet) => void;
  /** Counts in the current document scope, for the facet labels. */
  readonly counts: StatusCounts;
  /** Claims with competing values to settle: the Contested facet shows when there are some. */
  readonly contested?: number;
  readonly shown: number;
  readonly total: number;
  /**
   * While the list is still arriving (its pages come one after another at open), how many claims it
   * will hold here when that is known (all documents); null once every claim is in. The counts
   * above are then of the claims so far.
   */
  readonly arriving: Arriving | null;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** Enter or Escape in the search box: go back to the list. */
  readonly onLeave: () => void;
  /** The second line: kind, needs evidence, grouping, columns. */
  readonly children?: ReactNode;
}

/**
 * "N claims", or "N of M claims" when a filter hides some; while the list arrives, how much of it is
 * in, so a count of the first pages is never read as the project's.
 */
export function shownLine(shown: number, total: number, arriving: Arriving | null): string {
  // `of` is the project's count as last viewed: never say "of" fewer than are in already.
  if (arriving?.of != null && shown === total && total < arriving.of) {
    return `${formatCount(total)} of ${formatCount(arriving.of)} claims · loading…`;
  }
  const line =
    shown === total
      ? `${formatCount(total)} claims`
      : `${formatCount(shown)} of ${formatCount(total)} claims`;
  return arriving === null ? line : `${line} · loading…`;
}

/** Filter claims (text, sentence, document title), the status facet, and the table's other controls. */
export function FilterBar(props: FilterBarProps) {
  const { query, onQuery, status, onStatus, counts, shown, total, arriving, inputRef, onLeave } = props;
  const id = useId();
  const all = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const facets: readonly [StatusFacet, string, number][] = [
    ['all', 'All', all],
    ...STATUSES.map((s): [StatusFacet, string, number] => [s, STATUS_META[s].label, counts[s]]),
    ...((props.contested ?? 0) > 0 || status === 'contested'
      ? [['contested', 'Contested', props.contested ?? 0] as [StatusFacet, string, number]]
      : []),
  ];
  return (
    <div className="filter-bar">
      <div className="filter-line">
        <FilterSearch className="filter-search">
          <input
            ref={inputRef}
            type="search"
            className="input filter-input"
            aria-label="Filter claims"
            aria-keyshortcuts="/"
            placeholder="Filter claims   /"
            title={'Words match from their start; words in "quotes" match as a phrase.'}
            value={query}
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || (event.key === 'Escape' && query === '')) {
                event.preventDefault();
                onLeave();
              }
            }}
            spellCheck={false}
            autoComplete="off"
          />
        </FilterSearch>
        <fieldset className="facet">
          <legend className="visually-hidden">Status</legend>
          {facets.map(([value, label, count]) => (
            <label key={value} className={`facet-option facet-${value}`}>
              <input
                type="radio"
                name={`${id}-facet`}
                value={value}
                checked={status === value}
                onChange={() => onStatus(value)}
              />
              <span className="facet-text">
                {label} <span className="facet-count">{formatCount(count)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="filter-shown" aria-live="polite">
          {shownLine(shown, total, arriving)}
        </p>
      </div>
      {props.children && <div className="filter-line filter-tools">{props.children}</div>}
    </div>
  );
}
