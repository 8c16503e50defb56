import type { MouseEvent, RefObject } from 'react';
import type { ClaimsView } from '../hooks/use-claims-view';
import type { GroupBy, ProjectPrefs } from '../hooks/use-project-prefs';
import { COLUMN_IDS } from './claim-columns';
import { FilterBar } from './filter-bar';
import { TableTools } from './table-tools';
import { ColumnsMenu } from './columns-menu';
import { ClaimsTable } from './claims-table';
import { MergeBar } from './merge-bar';

interface ClaimsPaneProps {
  readonly view: ClaimsView;
  readonly prefs: ProjectPrefs;
  readonly onPref: <K extends keyof ProjectPrefs>(key: K, value: ProjectPrefs[K]) => void;
  readonly selectedId: string | null;
  readonly picked: ReadonlySet<string>;
  readonly onRowClick: (claimId: string, event: MouseEvent) => void;
  readonly onMerge: () => void;
  readonly onClearPicked: () => void;
  readonly loading: boolean;
  readonly filterRef: RefObject<HTMLInputElement | null>;
}

/** The claims list: filter and facets, grouping and columns, the merge bar, the virtualized table. */
export function ClaimsPane(props: ClaimsPaneProps) {
  const { view, prefs, onPref } = props;
  const order = prefs.columnOrder.length > 0 ? prefs.columnOrder : COLUMN_IDS;
  return (
    <section className="table-pane" aria-label="Claims list">
      <FilterBar
        query={view.query}
        onQuery={view.setQuery}
        status={view.status}
        onStatus={view.setStatus}
        counts={view.counts}
        shown={view.lines.ordered.length}
        total={view.total}
        inputRef={props.filterRef}
        onLeave={() => globalThis.document.querySelector<HTMLElement>('.claims-table')?.focus()}
      >
        <TableTools
          kind={view.kind}
          onKind={view.setKind}
          kindCounts={view.kindCounts}
          needsEvidence={view.needsEvidence}
          onNeedsEvidence={view.setNeedsEvidence}
          needsEvidenceCount={view.needsEvidenceCount}
          needsRecheck={view.needsRecheck}
          onNeedsRecheck={view.setNeedsRecheck}
          needsRecheckCount={view.needsRecheckCount}
          groupBy={prefs.groupBy}
          onGroupBy={(groupBy: GroupBy) => onPref('groupBy', groupBy)}
        />
        <ColumnsMenu
          order={order}
          hidden={prefs.hiddenColumns}
          onOrder={(next) => onPref('columnOrder', next)}
          onHidden={(next) => onPref('hiddenColumns', next)}
        />
      </FilterBar>
      {props.picked.size > 0 && (
        <MergeBar count={props.picked.size} onMerge={props.onMerge} onClear={props.onClearPicked} />
      )}
      <ClaimsTable
        table={view.table}
        lines={view.lines}
        selectedId={props.selectedId}
        marked={props.picked}
        onRowClick={props.onRowClick}
        loading={props.loading}
        emptyText={view.filtered ? 'No claims match the filter.' : 'No claims in this document.'}
      />
    </section>
  );
}
