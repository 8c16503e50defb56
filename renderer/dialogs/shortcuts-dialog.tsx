import { Modal } from './modal';
import { ModalActions } from './modal-actions';

const SHORTCUTS: readonly [keys: string[], what: string][] = [
  [['↓', 'j'], 'Next claim'],
  [['↑', 'k'], 'Previous claim'],
  [['v'], 'Mark verified (again: unchecked)'],
  [['d'], 'Mark disputed (again: unchecked)'],
  [['u'], 'Mark unsourced (again: unchecked)'],
  [['c'], 'Add citation'],
  [['n'], 'Write a note'],
  [['i'], 'Set the assignee'],
  [['/'], 'Filter claims'],
  [['Space'], 'Pick the claim for a merge (or Ctrl/⌘-click, Shift-click)'],
  [['m'], 'Merge the picked claims'],
  [['←', '→'], 'Move a caret in the draft (Ctrl: by word)'],
  [['Shift+←', 'Shift+→'], 'Select draft text'],
  [['a'], 'Add the selected draft text as a claim'],
  [['s'], 'Sources library'],
  [['Ctrl+Z', '⌘Z'], 'Undo the last change'],
  [['Shift+Ctrl+Z', 'Ctrl+Y', '⇧⌘Z'], 'Redo'],
  [['Esc'], 'Leave any field for the claims table; close a dialog'],
  [['?'], 'This list'],
];

/** The keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Modal
      title="Keyboard shortcuts"
      className="shortcuts-dialog"
      description="Shortcuts work whenever you are not typing in a field; in a field, Ctrl+Z undoes typing."
      onClose={onClose}
    >
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="shortcut-or"> or </span>}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ModalActions action="Done" onAction={onClose} autoFocusAction />
    </Modal>
  );
}
