import type { FactdeskDocument } from '../domain';
import { UserError } from '../errors';
import type { ReportData } from './report-model';
import type { ReportSettings } from './report-options';

/**
 * The one draft a "draft with comments" is written for: the document the settings name, or the
 * project's only document. A project of several drafts needs one named; naming none, several or
 * an unknown one is refused in one sentence.
 */
export function draftForComments(data: ReportData, settings: ReportSettings = {}): FactdeskDocument {
  const wanted = [...new Set(settings.documentIds ?? [])];
  if (wanted.length > 1)
    throw new UserError('A draft with comments is one draft: choose one document, not several.', 'refused');
  if (wanted.length === 1) {
    const doc = data.documents.find((entry) => entry.id === wanted[0]);
    if (!doc) throw new UserError(`There is no document ${wanted[0]} in this project.`, 'not-found');
    return doc;
  }
  const [only, ...others] = data.documents;
  if (!only) throw new UserError('This project has no draft to write back with comments.', 'refused');
  if (others.length > 0) {
    const ids = data.documents.map((doc) => `${doc.id} (${doc.title || doc.fileName})`).join(', ');
    throw new UserError(`This project has ${data.documents.length} drafts; choose one of ${ids}.`, 'refused');
  }
  return only;
}
