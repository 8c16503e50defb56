import { useCallback, useState } from 'react';
import { reportFormatInfo, type ReportFormat } from '../../shared/reports/report-formats';
import { DEFAULT_CHOICES, EXPORT_STATUSES } from './export-choices';
import type { ExportChoices } from './export-choices';

function storageKey(projectId: string): string {
  return `factdesk:export:${projectId}`;
}

const KNOWN_STATUSES = new Set<string>(EXPORT_STATUSES.map((entry) => entry.status));

/** The choices as stored, each field checked; anything unusable falls back to the default. */
export function parseChoices(raw: string | null): ExportChoices {
  if (!raw) return DEFAULT_CHOICES;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_CHOICES;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_CHOICES;
  const stored = value as Record<string, unknown>;
  const text = (key: keyof ExportChoices, fallback: string) =>
    typeof stored[key] === 'string' ? (stored[key] as string).slice(0, 2000) : fallback;
  const flag = (key: keyof ExportChoices, fallback: boolean) =>
    typeof stored[key] === 'boolean' ? (stored[key] as boolean) : fallback;
  const format = Object.hasOwn(reportFormatInfo, String(stored.format))
    ? (stored.format as ReportFormat)
    : DEFAULT_CHOICES.format;
  const statuses = Array.isArray(stored.statuses)
    ? EXPORT_STATUSES.map((entry) => entry.status).filter((status) =>
        (stored.statuses as unknown[]).includes(status),
      )
    : DEFAULT_CHOICES.statuses;
  return {
    format,
    includeNotes: flag('includeNotes', DEFAULT_CHOICES.includeNotes),
    includeDraft: flag('includeDraft', DEFAULT_CHOICES.includeDraft),
    statuses:
      statuses.length > 0 && statuses.every((s) => KNOWN_STATUSES.has(s))
        ? statuses
        : DEFAULT_CHOICES.statuses,
    documentId: text('documentId', DEFAULT_CHOICES.documentId),
    organization: text('organization', DEFAULT_CHOICES.organization),
    baseUrl: text('baseUrl', DEFAULT_CHOICES.baseUrl),
  };
}

/**
 * The export dialog's choices, remembered per project (format, what to include, verdicts, document,
 * organization, address): the next export starts where the last one left off.
 */
export function useRememberedChoices(projectId: string, documentIds: readonly string[]) {
  const [choices, setChoices] = useState<ExportChoices>(() => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(storageKey(projectId));
    } catch {
      // Storage disabled: the dialog starts from the defaults.
    }
    const parsed = parseChoices(raw);
    // A document removed since is no choice any more.
    return parsed.documentId && !documentIds.includes(parsed.documentId)
      ? { ...parsed, documentId: '' }
      : parsed;
  });
  const remember = useCallback(
    (next: ExportChoices) => {
      try {
        localStorage.setItem(storageKey(projectId), JSON.stringify(next));
      } catch {
        // Storage full or disabled: the choices are simply not remembered.
      }
    },
    [projectId],
  );
  return { choices, setChoices, remember };
}
