import { Modal } from './modal';
import { ModalActions } from './modal-actions';
import { SHORTCUTS } from './shortcut-list';

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
