import { useEffect, useMemo } from 'react';
import { desktopBridge, type DesktopBridge } from '../api/desktop-bridge';
import { applyAppearance } from '../lib/appearance';
import type { AppActions } from '../state/app-actions';
import { runMenuCommand } from '../state/menu-commands';
import { isTextEntry } from './use-hotkeys';

/**
 * In the desktop window: carries out the menu's commands, imports the files File › Import… picked,
 * and applies the article text preferences now and whenever they change. Null in the browser shell.
 */
export function useDesktopShell(actions: AppActions): DesktopBridge | null {
  const desktop = useMemo(() => desktopBridge(), []);
  useEffect(() => {
    if (!desktop) return;
    void desktop.getPreferences().then((answer) => answer.ok && applyAppearance(answer.value));
    const stops = [
      desktop.onPreferencesChanged(applyAppearance),
      desktop.onImportFiles((files) => void actions.importFiles(files)),
      desktop.onMenuCommand((command) =>
        runMenuCommand(command, {
          actions,
          textEntryFocused: () => isTextEntry(document.activeElement),
          nativeEdit: (edit) => void desktop.nativeEdit(edit),
          focusSearch: () => document.getElementById('collate-search')?.focus(),
        }),
      ),
    ];
    return () => stops.forEach((stop) => stop());
  }, [desktop, actions]);
  return desktop;
}
