import type { ReportData } from '../../shared/reports';
import type { ProjectAccess } from '../crypto/project-codec';
import { OpenProject } from '../project/open-project';

/** The report data of an open project: its identity and every document with its claims. */
export function reportDataOf(project: OpenProject): ReportData {
  const view = project.view();
  return {
    project: { id: view.id, title: view.title, methodology: view.methodology },
    documents: project.allDocuments(),
  };
}

/**
 * Reads a project folder without taking its write lock, and returns its report data. An encrypted
 * project needs `access` (its passphrase).
 */
export async function readReportData(
  dir: string,
  tool: string,
  access: ProjectAccess = {},
): Promise<ReportData> {
  const project = await OpenProject.open(dir, { ...access, tool, readOnly: true });
  try {
    return reportDataOf(project);
  } finally {
    await project.close();
  }
}
