import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initWorkspace } from '../init-workspace';
import { bytesOf, tempFolder } from '../test-workspace';
import { WorkspaceService } from '../workspace-service';
import {
  DEFAULT_PREFERENCES,
  loadUserConfig,
  readPreferences,
  resolveAnnotator,
  setUserAnnotator,
  updatePreferences,
  updateUserConfig,
  userConfigFile,
} from './user-config';

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

describe('the preferences in the same file', () => {
  const envIn = (path: string) => ({ COLLATE_CONFIG_DIR: join(path, 'cfg'), COLLATE_ANNOTATOR: '' });

  it('are the defaults until changed, then keep the annotator and every other field beside each other', async () => {
    folder = tempFolder();
    const env = envIn(folder.path);
    await setUserAnnotator('ana', env);
    expect(await readPreferences(env)).toEqual({ annotator: 'ana', ...DEFAULT_PREFERENCES });
    const after = await updatePreferences({ theme: 'dark', textSize: 20, exportFolder: folder.path }, env);
    expect(after).toMatchObject({ annotator: 'ana', theme: 'dark', textSize: 20, exportFolder: folder.path });
    await updateUserConfig((config) => {
      config.recentWorkspaces = ['/w/one'];
    }, env);
    expect(JSON.parse(readFileSync(userConfigFile(env), 'utf8'))).toEqual({
      annotator: 'ana',
      theme: 'dark',
      textSize: 20,
      exportFolder: folder.path,
      recentWorkspaces: ['/w/one'],
    });
  });

  it('takes the default for each bad field and names the file and the field', async () => {
    folder = tempFolder();
    const env = envIn(folder.path);
    mkdirSync(join(folder.path, 'cfg'));
    const file = userConfigFile(env);
    writeFileSync(
      file,
      JSON.stringify({
        theme: 'purple',
        textSize: 18,
        lineWidth: 9000,
        recentWorkspaces: ['relative/path'],
        recentOpenedAt: { '/w/one': 'last Tuesday' },
        windowState: { '/w/one': { x: 1, y: 2, width: 800, height: 600, maximized: false } },
        colour: 'red',
      }),
    );
    const loaded = await loadUserConfig(env);
    expect(loaded.damaged).toBe(false);
    expect(loaded.config).toEqual({
      textSize: 18,
      windowState: { '/w/one': { x: 1, y: 2, width: 800, height: 600, maximized: false } },
    });
    expect(loaded.problems).toHaveLength(5);
    for (const field of ['theme', 'lineWidth', 'recentWorkspaces', 'recentOpenedAt', 'colour'])
      expect(loaded.problems.some((p) => p.startsWith(`${file}: "${field}"`))).toBe(true);
    expect(await readPreferences(env)).toMatchObject({ theme: 'system', textSize: 18, lineWidth: 70 });
  });

  it('reads a file that is not JSON as the defaults, and keeps it aside before writing a new one', async () => {
    folder = tempFolder();
    const env = envIn(folder.path);
    mkdirSync(join(folder.path, 'cfg'));
    const file = userConfigFile(env);
    writeFileSync(file, '{"theme": "dark",');
    const loaded = await loadUserConfig(env);
    expect(loaded).toMatchObject({ config: {}, damaged: true });
    expect(loaded.problems[0]).toContain(`${file} could not be read`);
    expect((await readPreferences(env)).theme).toBe('system');
    await updatePreferences({ textSize: 14 }, env);
    expect(readFileSync(`${file}.damaged`, 'utf8')).toBe('{"theme": "dark",');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ textSize: 14 });
  });

  it('refuses a relative export folder and leaves the file as it was', async () => {
    folder = tempFolder();
    const env = envIn(folder.path);
    await updatePreferences({ theme: 'light' }, env);
    await expect(updatePreferences({ exportFolder: 'exports' }, env)).rejects.toThrow('must be an absolute path');
    expect(JSON.parse(readFileSync(userConfigFile(env), 'utf8'))).toEqual({ theme: 'light' });
  });

  it('applies changes from two windows at once without losing either', async () => {
    folder = tempFolder();
    const env = envIn(folder.path);
    await Promise.all([updatePreferences({ theme: 'dark' }, env), updatePreferences({ lineWidth: 90 }, env)]);
    expect(JSON.parse(readFileSync(userConfigFile(env), 'utf8'))).toEqual({ theme: 'dark', lineWidth: 90 });
  });
});

describe('a new annotator name in an open workspace', () => {
  it('signs the next edits, and a bad name is refused', async () => {
    folder = tempFolder();
    const root = await initWorkspace(join(folder.path, 'ws'));
    const service = await WorkspaceService.open(root, { author: 'ana' });
    try {
      await service.importFiles([{ name: 'a.txt', bytes: bytesOf('Title\nThe minister said ships came.\n') }]);
      const [doc] = service.listDocuments();
      const text = service.document(doc!.id).text;
      const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
      const before = await service.createAnnotation({ documentId: doc!.id, label: 'Claim', ...at('ships came') });
      service.setAuthor(' ben ');
      const after = await service.createAnnotation({ documentId: doc!.id, label: 'Source', ...at('The minister') });
      expect([before.author, after.author]).toEqual(['ana', 'ben']);
      expect(() => service.setAuthor('\n')).toThrow('not a usable annotator name');
    } finally {
      service.close();
    }
  });
});
