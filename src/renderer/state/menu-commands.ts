import type { NativeEdit, RendererCommand } from '../../api/desktop';
import type { AppActions } from './app-actions';

/** What a menu command reaches: the workbench's actions, and the page around them. */
export interface MenuCommandTargets {
  actions: Pick<AppActions, 'undo' | 'redo' | 'stepSearch' | 'openDialog' | 'setView' | 'toggleInspector'>;
  /** Whether a text field (input, text area, note editor) has the focus. */
  textEntryFocused: () => boolean;
  /** The focused text field's own undo or redo, run by the desktop shell. */
  nativeEdit: (edit: NativeEdit) => void;
  focusSearch: () => void;
}

/**
 * Carries out a command from the desktop menu: the same action as its key in the shortcut sheet.
 * Edit › Undo and Redo go to the focused text field when there is one, else to Collate's own history.
 */
export function runMenuCommand(command: RendererCommand, targets: MenuCommandTargets): void {
  const { actions } = targets;
  switch (command) {
    case 'undo':
    case 'redo':
      if (targets.textEntryFocused()) targets.nativeEdit(command);
      else void actions[command]();
      return;
    case 'find':
      targets.focusSearch();
      return;
    case 'find-next':
      actions.stepSearch(1);
      return;
    case 'find-previous':
      actions.stepSearch(-1);
      return;
    case 'show-shortcuts':
      actions.openDialog('shortcuts');
      return;
    case 'export':
    case 'report':
    case 'preferences':
      actions.openDialog(command);
      return;
    case 'label-schema':
      actions.openDialog('schema');
      return;
    case 'view-panes':
      actions.setView('panes');
      return;
    case 'view-matrix':
      actions.setView('matrix');
      return;
    case 'view-sources':
      actions.setView('sources');
      return;
    case 'toggle-inspector':
      actions.toggleInspector();
      return;
  }
}
