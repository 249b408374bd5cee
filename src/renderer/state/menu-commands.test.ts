import { describe, expect, it, vi } from 'vitest';
import { RENDERER_COMMANDS, type RendererCommand } from '../../api/desktop';
import { runMenuCommand, type MenuCommandTargets } from './menu-commands';

function targets(textFocused = false) {
  const actions = {
    undo: vi.fn(async () => undefined),
    redo: vi.fn(async () => undefined),
    stepSearch: vi.fn(),
    openDialog: vi.fn(),
    setView: vi.fn(),
    toggleInspector: vi.fn(),
  };
  const t: MenuCommandTargets = {
    actions,
    textEntryFocused: () => textFocused,
    nativeEdit: vi.fn(),
    focusSearch: vi.fn(),
  };
  return { t, actions };
}

describe('a command from the desktop menu', () => {
  it('undoes and redoes in Collate, or in the focused text field', () => {
    const workbench = targets(false);
    runMenuCommand('undo', workbench.t);
    runMenuCommand('redo', workbench.t);
    expect(workbench.actions.undo).toHaveBeenCalledTimes(1);
    expect(workbench.actions.redo).toHaveBeenCalledTimes(1);
    expect(workbench.t.nativeEdit).not.toHaveBeenCalled();

    const field = targets(true);
    runMenuCommand('undo', field.t);
    runMenuCommand('redo', field.t);
    expect(vi.mocked(field.t.nativeEdit).mock.calls).toEqual([['undo'], ['redo']]);
    expect(field.actions.undo).not.toHaveBeenCalled();
  });

  it('runs the same action as the key for every other command', () => {
    const expected: Record<Exclude<RendererCommand, 'undo' | 'redo'>, (t: ReturnType<typeof targets>) => void> = {
      find: ({ t }) => expect(t.focusSearch).toHaveBeenCalled(),
      'find-next': ({ actions }) => expect(actions.stepSearch).toHaveBeenCalledWith(1),
      'find-previous': ({ actions }) => expect(actions.stepSearch).toHaveBeenCalledWith(-1),
      'show-shortcuts': ({ actions }) => expect(actions.openDialog).toHaveBeenCalledWith('shortcuts'),
      export: ({ actions }) => expect(actions.openDialog).toHaveBeenCalledWith('export'),
      report: ({ actions }) => expect(actions.openDialog).toHaveBeenCalledWith('report'),
      preferences: ({ actions }) => expect(actions.openDialog).toHaveBeenCalledWith('preferences'),
      'label-schema': ({ actions }) => expect(actions.openDialog).toHaveBeenCalledWith('schema'),
      'view-panes': ({ actions }) => expect(actions.setView).toHaveBeenCalledWith('panes'),
      'view-matrix': ({ actions }) => expect(actions.setView).toHaveBeenCalledWith('matrix'),
      'view-sources': ({ actions }) => expect(actions.setView).toHaveBeenCalledWith('sources'),
      'toggle-inspector': ({ actions }) => expect(actions.toggleInspector).toHaveBeenCalled(),
    };
    for (const command of RENDERER_COMMANDS) {
      if (command === 'undo' || command === 'redo') continue;
      const target = targets();
      runMenuCommand(command, target.t);
      expected[command](target);
    }
  });
});
