import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { attachContextMenu, contextMenuTemplate, MAX_SUGGESTIONS } from './context-menu';

const flags = (overrides: Partial<Record<string, boolean>> = {}) => ({
  canUndo: false,
  canRedo: false,
  canCut: false,
  canCopy: false,
  canPaste: true,
  canDelete: false,
  canSelectAll: true,
  canEditRichly: false,
  ...overrides,
});
const params = (overrides: Record<string, unknown> = {}) => ({
  misspelledWord: '',
  dictionarySuggestions: [] as string[],
  isEditable: false,
  selectionText: '',
  editFlags: flags(),
  ...overrides,
});
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const shape = (template: MenuItemConstructorOptions[]) =>
  template.map((item) => item.role ?? item.label ?? item.type);
const click = (item: MenuItemConstructorOptions | undefined) =>
  item?.click?.(undefined as never, undefined, undefined as never);

describe('the context menu', () => {
  it('offers spelling suggestions and Add to Dictionary on a misspelt word, then the edit commands', () => {
    const act = actions();
    const template = contextMenuTemplate(
      params({
        isEditable: true,
        misspelledWord: 'Belaruss',
        dictionarySuggestions: ['Belarus', 'Belarusian'],
      }),
      act,
    );
    expect(shape(template)).toEqual([
      'Belarus',
      'Belarusian',
      'separator',
      'Add to Dictionary',
      'separator',
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    click(template[1]);
    expect(act.replaceMisspelling).toHaveBeenCalledWith('Belarusian');
    click(template.find((item) => item.label === 'Add to Dictionary'));
    expect(act.addToDictionary).toHaveBeenCalledWith('Belaruss');
  });

  it('says when the spellchecker has no suggestion, and offers a few at most', () => {
    const none = contextMenuTemplate(params({ isEditable: true, misspelledWord: 'Łukaszenka' }), actions());
    expect(none[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false });
    const many = contextMenuTemplate(
      params({
        isEditable: true,
        misspelledWord: 'teh',
        dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      }),
      actions(),
    );
    expect(many.filter((item) => item.click && item.label !== 'Add to Dictionary')).toHaveLength(
      MAX_SUGGESTIONS,
    );
  });

  it('enables each edit command as the page says it can', () => {
    const template = contextMenuTemplate(
      params({ isEditable: true, editFlags: flags({ canUndo: true, canCopy: true, canPaste: false }) }),
      actions(),
    );
    const enabled = Object.fromEntries(
      template.filter((item) => item.role).map((item) => [item.role, item.enabled]),
    );
    expect(enabled).toEqual({
      undo: true,
      redo: false,
      cut: false,
      copy: true,
      paste: false,
      selectAll: true,
    });
  });

  it('offers Copy and Select All on selected text outside a field, and nothing on a bare page', () => {
    const selected = contextMenuTemplate(
      params({ selectionText: '100,000 soldiers', editFlags: flags({ canCopy: true }) }),
      actions(),
    );
    expect(shape(selected)).toEqual(['copy', 'separator', 'selectAll']);
    expect(contextMenuTemplate(params({ selectionText: '  ' }), actions())).toEqual([]);
    // A misspelling outside an editable field cannot be replaced: no suggestions there.
    expect(
      contextMenuTemplate(params({ misspelledWord: 'teh', dictionarySuggestions: ['the'] }), actions()),
    ).toEqual([]);
  });

  it('pops up on right-click in an app window, fixes the word in the page and adds words to its session', () => {
    const window = new FakeBrowserWindow({});
    attachContextMenu(window as never);
    boundary.Menu.buildFromTemplate.mockClear();
    window.webContents.emit(
      'context-menu',
      fakeEvent(),
      params({
        isEditable: true,
        misspelledWord: 'Minsck',
        dictionarySuggestions: ['Minsk'],
        frame: null,
        menuSourceType: 'mouse',
      }),
    );
    const built = boundary.Menu.buildFromTemplate.mock.results[0]!.value as {
      template: MenuItemConstructorOptions[];
      popup: ReturnType<typeof vi.fn>;
    };
    expect(built.popup).toHaveBeenCalledWith({ window, sourceType: 'mouse' });
    click(built.template[0]);
    expect(window.webContents.replaceMisspelling).toHaveBeenCalledWith('Minsk');
    click(built.template.find((item) => item.label === 'Add to Dictionary'));
    expect(window.webContents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('Minsck');

    boundary.Menu.buildFromTemplate.mockClear();
    window.webContents.emit('context-menu', fakeEvent(), params({ frame: null, menuSourceType: 'mouse' }));
    expect(boundary.Menu.buildFromTemplate).not.toHaveBeenCalled();
  });
});
