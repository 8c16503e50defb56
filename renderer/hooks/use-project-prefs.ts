import { useCallback, useEffect, useState } from 'react';

/** What the workbench remembers per project, in localStorage. */
export interface ProjectPrefs {
  /** Pane sizes in CSS pixels (documents, details) and the draft's height. */
  readonly documentsWidth: number;
  readonly detailsWidth: number;
  readonly draftHeight: number;
  /** The documents list shown or folded away; null: as the window's width suggests. */
  readonly documentsOpen: boolean | null;
  /** Column ids in display order, and the hidden ones. */
  readonly columnOrder: readonly string[];
  readonly hiddenColumns: readonly string[];
  /** Widths the checker gave columns (column id → px); the Claim column takes what is left. */
  readonly columnSizes: Readonly<Record<string, number>>;
  readonly groupBy: GroupBy;
  readonly selectedId: string | null;
  readonly scope: string | null;
}

export type GroupBy = 'none' | 'status' | 'document';

export const DEFAULT_PREFS: ProjectPrefs = {
  documentsWidth: 208,
  detailsWidth: 368,
  draftHeight: 340,
  documentsOpen: null,
  columnOrder: [],
  hiddenColumns: [],
  columnSizes: {},
  groupBy: 'none',
  selectedId: null,
  scope: null,
};

function storageKey(projectId: string): string {
  return `factdesk:project:${projectId}`;
}

function load(projectId: string): ProjectPrefs {
  try {
    const raw = localStorage.getItem(storageKey(projectId));
    if (!raw) return DEFAULT_PREFS;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_PREFS;
    const merged = { ...DEFAULT_PREFS, ...(parsed as Partial<ProjectPrefs>) };
    return {
      ...merged,
      columnOrder: Array.isArray(merged.columnOrder) ? merged.columnOrder.filter(isString) : [],
      hiddenColumns: Array.isArray(merged.hiddenColumns) ? merged.hiddenColumns.filter(isString) : [],
      columnSizes: sizesOf(merged.columnSizes),
      documentsOpen: typeof merged.documentsOpen === 'boolean' ? merged.documentsOpen : null,
      groupBy: ['none', 'status', 'document'].includes(merged.groupBy) ? merged.groupBy : 'none',
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Column widths as stored: whole pixels in a sane range; anything else is dropped. */
function sizesOf(value: unknown): Readonly<Record<string, number>> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, width]) => typeof width === 'number' && Number.isFinite(width) && width >= 40 && width <= 1200,
    ),
  ) as Record<string, number>;
}

/** Layout, columns, grouping and the last selection of one project, kept across reloads. */
export function useProjectPrefs(projectId: string) {
  const [prefs, setPrefs] = useState<ProjectPrefs>(() => load(projectId));

  useEffect(() => {
    try {
      localStorage.setItem(storageKey(projectId), JSON.stringify(prefs));
    } catch {
      // Storage full or disabled: the layout is simply not remembered.
    }
  }, [projectId, prefs]);

  const update = useCallback(<K extends keyof ProjectPrefs>(key: K, value: ProjectPrefs[K]) => {
    setPrefs((current) => (current[key] === value ? current : { ...current, [key]: value }));
  }, []);

  return { prefs, update };
}
