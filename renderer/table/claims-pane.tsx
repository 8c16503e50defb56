import { memo, useLayoutEffect, useRef } from 'react';
import type { MouseEvent, RefObject } from 'react';
import { useClaimsStore } from '../claims/use-claims';
import { useClaimsView } from '../hooks/use-claims-view';
import { useElementSize } from '../hooks/use-element-size';
import type { GroupBy, ProjectPrefs } from '../hooks/use-project-prefs';
import { COLUMN_IDS } from './claim-columns';
import { FilterBar } from './filter-bar';
import { TableTools } from './table-tools';
import { ColumnsMenu } from './columns-menu';
import { ClaimsTable } from './claims-table';
import { MergeBar } from './merge-bar';
import type { VisibleClaims } from './visible-claims';
import { focusClaimsTable } from './claims-table-focus';

interface ClaimsPaneProps {
  /** The document the table is narrowed to, or null for all. */
  readonly scope: string | null;
  readonly prefs: ProjectPrefs;
  readonly onPref: <K extends keyof ProjectPrefs>(key: K, value: ProjectPrefs[K]) => void;
  readonly selectedId: string | null;
  readonly picked: ReadonlySet<string>;
  readonly onRowClick: (claimId: string, event: MouseEvent) => void;
  readonly onMerge: () => void;
  readonly onClearPicked: () => void;
  readonly loading: boolean;
  /** The project's number of claims while its list is still arriving; null once every claim is in. */
  readonly arriving: number | null;
  /** The project has one draft: the Document column would repeat its title on every row. */
  readonly oneDocument: boolean;
  readonly filterRef: RefObject<HTMLInputElement | null>;
  /** Where the pane publishes the claims it shows, for j/k, Shift-click and the details hint. */
  readonly visible: VisibleClaims;
  /** Who is checking, for "Assigned to me". */
  readonly checker: string;
}

/**
 * The claims list: filter and facets, grouping and columns, the merge bar, the virtualized table.
 * The filter's state lives here, so a keystroke renders this pane and nothing else of the workbench.
 */
export const ClaimsPane = memo(function ClaimsPane(props: ClaimsPaneProps) {
  const { prefs, onPref, visible } = props;
  const store = useClaimsStore();
  const paneRef = useRef<HTMLElement>(null);
  const width = useElementSize(paneRef)?.width ?? null;
  const view = useClaimsView(store, props.scope, prefs, onPref, props.oneDocument, width, props.checker);
  // Before paint, so a key pressed right after a keystroke moves through what is on screen.
  useLayoutEffect(
    () => visible.publish(view.lines.ordered, view.arrangement),
    [visible, view.lines.ordered, view.arrangement],
  );
  // Gone (the project emptied): the table shows nothing, so j and k have nothing to walk.
  useLayoutEffect(() => () => visible.publish([]), [visible]);
  const order = prefs.columnOrder.length > 0 ? prefs.columnOrder : COLUMN_IDS;
  return (
    <section
      ref={paneRef}
      className="table-pane"
      aria-label="Claims list"
      // For tools that time the filter (npm run bench): whether the word index is ready yet.
      data-word-index={view.indexReady ? 'ready' : 'building'}
      // For tests: the filter the rows on screen answer (rows are pooled, so a row clicked before a
      // deferred filter lands could show another claim by the time the click arrives).
      data-shown-filter={view.shownQuery}
    >
      <FilterBar
        query={view.query}
        onQuery={view.setQuery}
        status={view.status}
        onStatus={view.setStatus}
        counts={view.counts}
        contested={view.contestedCount}
        shown={view.lines.ordered.length}
        total={view.total}
        arriving={props.arriving === null ? null : { of: props.scope === null ? props.arriving : null }}
        inputRef={props.filterRef}
        onLeave={focusClaimsTable}
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
          anyNeedsRecheck={view.anyNeedsRecheck}
          mine={view.mine}
          onMine={view.setMine}
          checker={props.checker}
          groupBy={prefs.groupBy}
          onGroupBy={(groupBy: GroupBy) => onPref('groupBy', groupBy)}
        />
        <ColumnsMenu
          order={order}
          hidden={prefs.hiddenColumns}
          withoutRoom={view.withoutRoom}
          oneDocument={props.oneDocument}
          onResetSizes={() => onPref('columnSizes', {})}
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
        arrangement={view.arrangement}
        selectedId={props.selectedId}
        marked={props.picked}
        onRowClick={props.onRowClick}
        loading={props.loading}
        emptyText={view.filtered ? 'No claims match the filter.' : 'No claims in this document.'}
      />
    </section>
  );
});
