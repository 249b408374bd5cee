/**
 * The Electron fuses the packaged app is built with, in electron-builder's `electronFuses` shape
 * (FuseOptionsV1 of @electron/fuses). Packaging is wired to this by the desktop-packaging work; every
 * fuse is decided here, the safe way unless Collate needs the feature.
 */
export const ELECTRON_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node runtime. */
  runAsNode: false,
  enableCookieEncryption: true,
  /** NODE_OPTIONS and --inspect would let another program inject code into the main process. */
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  /** Only the app.asar that was signed is loaded, and its content is checked against its hash. */
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  /** Nothing loads from file://: the app is served from app://collate/ and the PDF printer's page from app://print/. */
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Record<string, boolean>;
