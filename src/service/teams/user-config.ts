import { mkdirSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { CollateError } from '../../core/collate-error';
import { checkAnnotatorName as checkAnnotatorRule } from '../../core/layers/layer-name';

/** The per-user settings file (not part of any workspace). */
export interface UserConfig {
  annotator?: string;
}

/** `$XDG_CONFIG_HOME/collate/config.json`, `~/.config/collate/config.json`, or `%APPDATA%` on Windows. */
export function userConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COLLATE_CONFIG_DIR) return join(env.COLLATE_CONFIG_DIR, 'config.json');
  const base =
    env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' && env.APPDATA ? env.APPDATA : join(env.HOME || homedir(), '.config'));
  return join(base, 'collate', 'config.json');
}

/** lowdb's presets keep data in memory under NODE_ENV=test; the settings file is always a file. */
async function openConfig(file: string, forWriting = false): Promise<Low<UserConfig>> {
  if (forWriting) mkdirSync(dirname(file), { recursive: true });
  const db = new Low<UserConfig>(new JSONFile<UserConfig>(file), {});
  await db.read();
  return db;
}

export async function readUserConfig(env: NodeJS.ProcessEnv = process.env): Promise<UserConfig> {
  const db = await openConfig(userConfigFile(env));
  return db.data && typeof db.data === 'object' ? db.data : {};
}

/** A name fit for files and exports (the rule is `checkAnnotatorName` in core); throws otherwise. */
export function checkAnnotatorName(name: string): string {
  const checked = checkAnnotatorRule(name);
  if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
  return checked.value;
}

export async function setUserAnnotator(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const annotator = checkAnnotatorName(name);
  const db = await openConfig(userConfigFile(env), true);
  await db.update((data) => {
    data.annotator = annotator;
  });
  return annotator;
}

function osUser(): string {
  try {
    return userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

/** Who is annotating: `COLLATE_ANNOTATOR`, else `collate config annotator`, else the OS user. */
export async function resolveAnnotator(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.COLLATE_ANNOTATOR?.trim()) return checkAnnotatorName(env.COLLATE_ANNOTATOR);
  const configured = await readUserConfig(env).catch(() => ({}) as UserConfig);
  return configured.annotator ? checkAnnotatorName(configured.annotator) : osUser();
}
