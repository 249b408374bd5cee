import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { LINE_WIDTH, Preferences, TEXT_SIZE, type PreferencesPatch } from '../../api/desktop';
import { CollateError } from '../../core/collate-error';
import { checkAnnotatorName as checkAnnotatorRule } from '../../core/layers/layer-name';

/**
 * The one per-user settings file (not part of any workspace): who the annotator is, the desktop
 * preferences, the recent workspaces and each workspace window's place on screen. This module alone
 * reads and writes it; every field is checked on read, and a bad one falls back to its default with a
 * message naming the file and the field.
 */

/** Where a workspace's window was, in screen pixels. */
export const WindowState = z
  .object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(100).max(100_000),
    height: z.number().int().min(100).max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowState>;

export const MAX_RECENT_WORKSPACES = 10;

const absolutePath = z.string().min(1).max(4096).refine(isAbsolute, 'must be an absolute path');

/** Each field of the file and its schema; a field missing or failing its schema takes its default. */
const FIELDS = {
  annotator: Preferences.shape.annotator,
  theme: Preferences.shape.theme,
  textSize: Preferences.shape.textSize,
  lineWidth: Preferences.shape.lineWidth,
  exportFolder: z.union([z.literal(''), absolutePath]),
  recentWorkspaces: z.array(absolutePath).max(MAX_RECENT_WORKSPACES),
  /** When each recent workspace was last opened, shown on the welcome screen. */
  recentOpenedAt: z.record(absolutePath, z.iso.datetime()),
  windowState: z.record(absolutePath, WindowState),
} as const;

type Fields = typeof FIELDS;
export type UserConfig = { -readonly [K in keyof Fields]?: z.infer<Fields[K]> };

export const DEFAULT_PREFERENCES: Omit<Preferences, 'annotator'> = {
  theme: 'system',
  textSize: TEXT_SIZE.default,
  lineWidth: LINE_WIDTH.default,
  exportFolder: '',
};

/** What was read, and what was wrong with the file (empty when nothing was). */
export interface LoadedUserConfig {
  config: UserConfig;
  problems: string[];
  /** The file could not be read as a JSON object at all: it is set aside before the next write. */
  damaged: boolean;
}

/** `$XDG_CONFIG_HOME/collate/config.json`, `~/.config/collate/config.json`, or `%APPDATA%` on Windows. */
export function userConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COLLATE_CONFIG_DIR) return join(env.COLLATE_CONFIG_DIR, 'config.json');
  const base =
    env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' && env.APPDATA ? env.APPDATA : join(env.HOME || homedir(), '.config'));
  return join(base, 'collate', 'config.json');
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Keeps the fields that pass their schema; names every one that does not. */
export function checkUserConfig(data: unknown, file: string): LoadedUserConfig {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      config: {},
      problems: [`${file} is not a JSON object; Collate uses the default preferences.`],
      damaged: true,
    };
  }
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const schema = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof Fields] : undefined;
    if (!schema) {
      problems.push(`${file}: "${key}" is not a Collate setting; it is ignored.`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else problems.push(`${file}: "${key}" ${parsed.error.issues[0]?.message ?? 'is not valid'}; the default is used.`);
  }
  return { config: config as UserConfig, problems, damaged: false };
}

/** lowdb's presets keep data in memory under NODE_ENV=test; the settings file is always a file. */
async function openConfig(file: string): Promise<{ db: Low<unknown>; loaded: LoadedUserConfig }> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), {});
  try {
    await db.read();
  } catch (error) {
    const problem = `${file} could not be read (${message(error)}); Collate uses the default preferences.`;
    return { db, loaded: { config: {}, problems: [problem], damaged: true } };
  }
  return { db, loaded: checkUserConfig(db.data, file) };
}

export async function loadUserConfig(env: NodeJS.ProcessEnv = process.env): Promise<LoadedUserConfig> {
  return (await openConfig(userConfigFile(env))).loaded;
}

export async function readUserConfig(env: NodeJS.ProcessEnv = process.env): Promise<UserConfig> {
  return (await loadUserConfig(env)).config;
}

/** Writes to one file wait for each other, so two windows' changes never overwrite one another. */
const writes = new Map<string, Promise<unknown>>();

/**
 * Changes the file: reads it, lets `change` edit the checked fields, writes it whole (lowdb writes a
 * temporary file, then renames). A damaged file is kept beside it as `config.json.damaged` first.
 */
export function updateUserConfig(
  change: (config: UserConfig) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UserConfig> {
  const file = userConfigFile(env);
  const run = async (): Promise<UserConfig> => {
    mkdirSync(dirname(file), { recursive: true });
    const { db, loaded } = await openConfig(file);
    if (loaded.damaged && existsSync(file)) renameSync(file, `${file}.damaged`);
    const config = { ...loaded.config };
    change(config);
    db.data = config;
    await db.write();
    return config;
  };
  const next = (writes.get(file) ?? Promise.resolve()).then(run, run);
  writes.set(
    file,
    next.catch(() => undefined),
  );
  return next;
}

/** A name fit for files and exports (the rule is `checkAnnotatorName` in core); throws otherwise. */
export function checkAnnotatorName(name: string): string {
  const checked = checkAnnotatorRule(name);
  if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
  return checked.value;
}

export async function setUserAnnotator(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const annotator = checkAnnotatorName(name);
  await updateUserConfig((config) => {
    config.annotator = annotator;
  }, env);
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
  return configured.annotator ?? osUser();
}

/** The preferences a window shows: the file's values over the defaults, the annotator as resolved. */
export async function readPreferences(env: NodeJS.ProcessEnv = process.env): Promise<Preferences> {
  const { config } = await loadUserConfig(env);
  return {
    annotator: await resolveAnnotator(env),
    theme: config.theme ?? DEFAULT_PREFERENCES.theme,
    textSize: config.textSize ?? DEFAULT_PREFERENCES.textSize,
    lineWidth: config.lineWidth ?? DEFAULT_PREFERENCES.lineWidth,
    exportFolder: config.exportFolder ?? DEFAULT_PREFERENCES.exportFolder,
  };
}

/** Applies a checked change from the Preferences dialog or the menu; returns the preferences after it. */
export async function updatePreferences(
  patch: PreferencesPatch,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Preferences> {
  if (patch.exportFolder !== undefined && !FIELDS.exportFolder.safeParse(patch.exportFolder).success) {
    throw new CollateError('bad-preferences', `The export folder must be an absolute path: ${patch.exportFolder}`);
  }
  await updateUserConfig((config) => Object.assign(config, patch), env);
  return readPreferences(env);
}
