import type { ReportData } from '../../shared/reports';
import type { ProjectAccess } from '../crypto/project-codec';
import type { OriginalStore } from '../drafts/original-draft';
import { OpenProject } from '../project/open-project';

/** The report data of an open project: its identity and every document with its claims (read now where not held). */
export async function reportDataOf(project: OpenProject): Promise<ReportData> {
  const view = project.view();
  return {
    project: { id: view.id, title: view.title, methodology: view.methodology, checklists: view.checklists },
    documents: await project.readAllDocuments(),
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
  return (await readReportSource(dir, tool, access)).data;
}

/** The report data of a project folder (read as readReportData does) and where it keeps drafts' files. */
export async function readReportSource(
  dir: string,
  tool: string,
  access: ProjectAccess = {},
): Promise<{ data: ReportData; originals: OriginalStore }> {
  const project = await OpenProject.open(dir, { ...access, tool, readOnly: true });
  try {
    return { data: await reportDataOf(project), originals: { dir: project.dir, codec: project.codec } };
  } finally {
    await project.close();
  }
}
