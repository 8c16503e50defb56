/** What the workbench shows before the first draft is imported. */
export function EmptyProject({
  importing,
  onImport,
}: {
  readonly importing: boolean;
  readonly onImport: () => void;
}) {
  return (
    <div className="empty-project">
      <h2>No drafts yet</h2>
      <p>Import a draft and Factdesk finds its checkable claims: figures, dates, quotes, comparisons.</p>
      <button type="button" className="button-primary" onClick={onImport} disabled={importing}>
        {importing ? 'Importing…' : 'Import drafts'}
      </button>
      <p className="empty-hint">Or drop drafts (.txt, .md, .html, .docx, .pdf) anywhere on this window.</p>
    </div>
  );
}
