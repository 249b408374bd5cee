import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../scripts/make-icons';
import { builderConfig } from './builder-config';
import { ELECTRON_FUSES } from './electron-fuses';

const root = resolve(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the electron-builder configuration', () => {
  const config = builderConfig({});

  it("passes electron-builder's own schema", () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema does refuse what electron-builder would: an unknown key, a wrong type.
    expect(validate({ ...config, colour: 'red' })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('names the product, and builds AppImage and deb, dmg, and NSIS', () => {
    expect(config).toMatchObject({ appId: 'org.collate.desktop', productName: 'Collate', asar: true });
    expect(config.linux!.target).toEqual(['AppImage', 'deb']);
    expect(config.mac!.target).toEqual(['dmg']);
    expect(config.win!.target).toEqual(['nsis']);
    expect(config.disableAsarIntegrity).toBe(false);
  });

  it('sets the fuses electron-fuses.ts decides, every one', () => {
    expect(config.electronFuses).toEqual(ELECTRON_FUSES);
  });

  it('opens .collate workspace bundles', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'collate', role: 'Editor', isPackage: true, name: 'Collate Workspace' }),
    ]);
  });

  it('is offered for a workspace’s collate.json, never as the default program for JSON', () => {
    // macOS: an alternate handler of .json (Open With); Linux: application/json in the desktop entry only.
    expect(config.mac!.fileAssociations).toEqual([
      {
        ext: 'json',
        name: 'Collate Workspace Manifest',
        description: expect.any(String),
        role: 'Editor',
        rank: 'Alternate',
      },
    ]);
    expect(config.linux!.mimeTypes).toContain('application/json');
    expect(config.linux!.fileAssociations).toBeUndefined();
    // NSIS would make Collate the default for every .json file.
    expect(config.win!.fileAssociations).toBeUndefined();
    expect(JSON.stringify(config.fileAssociations)).not.toContain('json');
  });

  it('finds the icon at every size in resources/, and the .ico and .icns', () => {
    for (const size of ICON_SIZES)
      expect(pngSize(readFileSync(join(root, 'resources', 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
    expect(pngSize(readFileSync(join(root, String(config.icon))))).toEqual([1024, 1024]);
    const ico = readFileSync(join(root, String(config.win!.icon)));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 7]);
    const icns = readFileSync(join(root, String(config.mac!.icon)));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
  });

  it('bakes an update feed in only when the build names one', () => {
    expect(config.publish).toBeNull();
    expect(builderConfig({ COLLATE_UPDATE_URL: 'https://updates.example.org/collate' }).publish).toEqual([
      { provider: 'generic', url: 'https://updates.example.org/collate' },
    ]);
  });
});
