import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openWorkspace: () => void;
}

export function buildMenu(actions: MenuActions): Menu {
  const view: MenuItemConstructorOptions[] = [{ role: 'reload' }];
  if (!app.isPackaged) view.push({ role: 'toggleDevTools' });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { label: 'Edit', submenu: [{ role: 'copy' }, { role: 'selectAll' }] },
    { label: 'View', submenu: view },
  ];
  return Menu.buildFromTemplate(template);
}
