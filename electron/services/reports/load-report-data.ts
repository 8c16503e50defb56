import type { ReportData } from '../../../shared/reports';
import { OpenProject } from '../project/open-project';

/** The report data of an open project: its identity and every document with its claims. */
export function reportDataOf(project: OpenProject): ReportData {
  const view = project.view();
  return {
    project: { id: view.id, title: view.title, methodology: view.methodology },
    documents: project.allDocuments(),
  };
}

/** Reads a project folder without taking its write lock, and returns its report data. */
export async function readReportData(dir: string, tool: string): Promise<ReportData> {
  const project = await OpenProject.open(dir, { tool, readOnly: true });
  try {
    return reportDataOf(project);
  } finally {
    await project.close();
  }
}
