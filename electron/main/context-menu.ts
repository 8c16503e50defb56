import type { BrowserWindow, ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

/** How many spelling suggestions the menu offers. */
export const MAX_SUGGESTIONS = 6;

/** What the menu's own (non-role) items do. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type Params = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'
>;

/**
 * The right-click menu for what was clicked: spelling suggestions and Add to Dictionary for a
 * misspelt word; Undo, Redo, Cut, Copy, Paste and Select All in an editable field (each enabled as
 * the page says it can); Copy and Select All on selected text. Empty (no menu) anywhere else.
 * Edit commands are Electron roles, so they act on the focused page like the Edit menu.
 */
export function contextMenuTemplate(
  params: Params,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  const template: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) template.push({ label: 'No Spelling Suggestions', enabled: false });
    for (const suggestion of suggestions) {
      template.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    template.push(
      { type: 'separator' },
      { label: 'Add to Dictionary', click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    template.push(
      { role: 'undo', enabled: flags.canUndo },
      { role: 'redo', enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    template.push(
      { role: 'copy', enabled: flags.canCopy },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  }
  return template;
}

/**
 * Gives an app window its right-click menu (Chromium shows none by itself in Electron). Spelling
 * fixes go to the page (`replaceMisspelling`), new words to the window's session dictionary.
 */
export function attachContextMenu(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word);
      },
    });
    if (template.length === 0) return;
    Menu.buildFromTemplate(template).popup({
      window,
      ...(params.frame ? { frame: params.frame } : {}),
      sourceType: params.menuSourceType,
    });
  });
}
