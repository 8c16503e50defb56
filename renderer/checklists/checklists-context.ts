import { createContext, useContext } from 'react';
import { defaultChecklists, type Checklists } from '../../shared/domain/checklists';

/** The open project's checklists per kind of claim, and how to open the editor of them. */
export interface ChecklistsValue {
  readonly checklists: Checklists;
  readonly onEdit: () => void;
}

export const ChecklistsContext = createContext<ChecklistsValue>({
  checklists: defaultChecklists,
  onEdit: () => undefined,
});

/** The project's checklists (the defaults outside a workbench). */
export function useChecklists(): ChecklistsValue {
  return useContext(ChecklistsContext);
}
