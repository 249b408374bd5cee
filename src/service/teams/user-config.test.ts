import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-workspace';
import { resolveAnnotator, setUserAnnotator, userConfigFile } from './user-config';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => folder?.cleanup());

describe('who the annotator is', () => {
  it('is COLLATE_ANNOTATOR, else the configured name, else the OS user', async () => {
    folder = tempFolder();
    const env = { XDG_CONFIG_HOME: join(folder.path, 'config'), HOME: folder.path };
    expect(userConfigFile(env)).toBe(join(folder.path, 'config', 'collate', 'config.json'));
    expect(await resolveAnnotator(env)).toBe(userInfo().username);
    expect(await setUserAnnotator('  ana  ', env)).toBe('ana');
    expect(JSON.parse(readFileSync(userConfigFile(env), 'utf8'))).toEqual({ annotator: 'ana' });
    expect(await resolveAnnotator(env)).toBe('ana');
    expect(await resolveAnnotator({ ...env, COLLATE_ANNOTATOR: 'ben' })).toBe('ben');
    expect(userConfigFile({ HOME: folder.path })).toBe(join(folder.path, '.config', 'collate', 'config.json'));
  });

  it('refuses an empty name or one with control characters', async () => {
    folder = tempFolder();
    const env = { XDG_CONFIG_HOME: folder.path };
    await expect(setUserAnnotator(' ', env)).rejects.toThrow('not a usable annotator name');
    await expect(setUserAnnotator('a\nb', env)).rejects.toThrow('not a usable annotator name');
  });
});
