import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from './electron-fuses';

// Issue #16, item 7: the fuses the packaged app must be built with (FuseV1Options of @electron/fuses).
const EVERY_V1_FUSE = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

describe('Electron fuses', () => {
  it('decides every V1 fuse and nothing else', () => {
    expect(Object.keys(ELECTRON_FUSES).sort()).toEqual([...EVERY_V1_FUSE].sort());
  });

  it('turns off running as Node and code injection, and turns on cookie encryption and asar integrity', () => {
    expect(ELECTRON_FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('gives file: no extra privileges: nothing loads from a file (the app and the PDF page come over app://)', () => {
    expect(ELECTRON_FUSES.grantFileProtocolExtraPrivileges).toBe(false);
  });
});
