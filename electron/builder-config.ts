import type { Configuration } from 'electron-builder';
import { ELECTRON_FUSES } from './electron-fuses';

/**
 * How `npm run dist` packages Collate (electron-builder). One module, so the fuses come from
 * electron-fuses.ts rather than a copy; electron/builder-config.test.ts checks it against
 * electron-builder's own schema. Installers for every platform are configured; each is built on its
 * own platform (a .dmg needs macOS).
 */

/** The extension of a workspace bundle: a folder `<name>.collate`, one document in Finder. */
const WORKSPACE_EXTENSION = 'collate';

/**
 * A workspace folder's `collate.json`. Associations go by extension, so Collate is offered for JSON
 * files as an alternate ("Open With"), never made their default; the main process opens a collate.json's
 * folder and refuses any other JSON file, naming it (electron/main/workspace-location.ts). Windows is left
 * out: NSIS would make Collate the default program for every .json file.
 */
const MANIFEST_ASSOCIATION = {
  ext: 'json',
  name: 'Collate Workspace Manifest',
  description: "A Collate workspace's collate.json",
  role: 'Editor',
  rank: 'Alternate',
} as const;

export function builderConfig(env: Readonly<Record<string, string | undefined>> = process.env): Configuration {
  // The update feed is baked into app-update.yml only when the build names one (Help › Check for Updates).
  const updateUrl = env.COLLATE_UPDATE_URL?.trim();
  return {
    appId: 'org.collate.desktop',
    productName: 'Collate',
    copyright: 'Copyright © Collate contributors',
    directories: { output: 'dist', buildResources: 'resources' },
    // electron-vite's output and package.json; production dependencies are added by electron-builder.
    files: ['out/**/*', 'package.json', '!**/*.map'],
    extraResources: [
      { from: 'README.md', to: 'docs/README.md' },
      { from: 'docs', to: 'docs', filter: ['**/*.md'] },
    ],
    asar: true,
    // Checked at start by the enableEmbeddedAsarIntegrityValidation fuse.
    disableAsarIntegrity: false,
    electronFuses: { ...ELECTRON_FUSES },
    icon: 'resources/icon.png',
    fileAssociations: [
      {
        ext: WORKSPACE_EXTENSION,
        name: 'Collate Workspace',
        description: 'A Collate workspace',
        role: 'Editor',
        isPackage: true,
        mimeType: 'application/x-collate-workspace',
        icon: 'icon',
      },
    ],
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      icon: 'resources/icons',
      // application/json: listed under "Open With" for a collate.json (the desktop entry's MimeType only).
      mimeTypes: ['application/x-collate-workspace', 'application/json'],
      synopsis: 'Compare news articles claim by claim',
    },
    deb: { packageCategory: 'text', priority: 'optional' },
    mac: {
      target: ['dmg'],
      category: 'public.app-category.productivity',
      icon: 'resources/icon.icns',
      hardenedRuntime: true,
      fileAssociations: [MANIFEST_ASSOCIATION],
    },
    dmg: { title: 'Collate ${version}' },
    win: { target: ['nsis'], icon: 'resources/icon.ico' },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      deleteAppDataOnUninstall: false,
    },
    publish: updateUrl ? [{ provider: 'generic', url: updateUrl }] : null,
  };
}
