/** How a process names itself in a project's lock and backups: "the Factdesk app" or "the web workbench". */
export function toolName(mode: 'desktop' | 'web'): string {
  return mode === 'desktop' ? 'the Factdesk app' : 'the web workbench';
}
