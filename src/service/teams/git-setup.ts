import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CollateError } from '../../core/collate-error';
import { resolveWorkspace } from '../workspace-paths';
import { readWorkspaceText, writeWorkspaceFile } from '../workspace-fs';

const run = promisify(execFile);

/** What git should never carry: journals, the lock, backups and caches, temporary files. */
export const GITIGNORE_LINES = [
  '# Written by Collate: local state that must not be shared',
  '*.journal',
  '.collate.lock',
  '.collate/',
  '.*.json.tmp',
  '*.json.tmp',
  '*.damaged-*',
];

/** Workspace JSON files merge record by record through `collate merge-file`. */
export const GITATTRIBUTES_LINES = [
  '# Written by Collate: merge workspace files record by record',
  'collate.json merge=collate',
  'relations.json merge=collate',
  'compare-proposals.json merge=collate',
  'assignments.json merge=collate',
  'annotations/*.json merge=collate',
  'documents/*.json merge=collate',
];

const BIN = resolve(fileURLToPath(new URL('../../../bin/collate.js', import.meta.url)));
const HOOK_MARK = '# collate-fold';

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    return (await run('git', args, { cwd })).stdout.trim();
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new CollateError('git-failed', `git ${args.join(' ')} failed in ${cwd}: ${detail}`);
  }
}

/** Adds the lines a file lacks, keeping what the user wrote there. */
async function mergeLines(root: string, file: string, lines: string[]): Promise<void> {
  const existing = (await readWorkspaceText(root, file)) ?? '';
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l));
  if (missing.length === 0) return;
  const glue = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await writeWorkspaceFile(root, file, `${existing}${glue}${missing.join('\n')}\n`);
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

async function installHook(root: string, top: string): Promise<string> {
  const hooks = resolve(top, await git(top, ['rev-parse', '--git-path', 'hooks']));
  await mkdir(hooks, { recursive: true });
  const hook = join(hooks, 'pre-commit');
  const existing = await readFile(hook, 'utf8').catch(() => null);
  const workspace = relative(top, root) || '.';
  const block = [
    HOOK_MARK,
    `${quote(process.execPath)} ${quote(BIN)} fold ${quote(root)} || exit 1`,
    `git add -A -- ${quote(workspace)} || exit 1`,
    '',
  ].join('\n');
  if (existing?.includes(HOOK_MARK)) return hook;
  await writeFile(hook, existing ? `${existing.replace(/\n?$/, '\n')}${block}` : `#!/bin/sh\n${block}`);
  await chmod(hook, 0o755);
  return hook;
}

export interface GitSetup {
  repository: string;
  created: boolean;
  hook: string;
}

/**
 * Makes a workspace ready to share with git: `.gitignore`, `.gitattributes`, Collate's merge driver in
 * the repository's config and a pre-commit hook that folds journals. A folder outside any repository
 * becomes one (`git init`). Running it again changes nothing.
 */
export async function setUpGit(dir: string): Promise<GitSetup> {
  const root = resolveWorkspace(dir);
  let top = await git(root, ['rev-parse', '--show-toplevel']).catch(() => null);
  const created = top === null;
  if (created) {
    await git(root, ['init', '--quiet']);
    top = await git(root, ['rev-parse', '--show-toplevel']);
  }
  const repository = isAbsolute(top!) ? top! : resolve(root, top!);
  await mergeLines(root, '.gitignore', GITIGNORE_LINES);
  await mergeLines(root, '.gitattributes', GITATTRIBUTES_LINES);
  await installMergeDriver(repository);
  const hook = await installHook(root, repository);
  return { repository, created, hook };
}

/** Registers `collate merge-file` as the `collate` merge driver of one repository (a clone needs it too). */
export async function installMergeDriver(repository: string): Promise<void> {
  await git(repository, ['config', 'merge.collate.name', 'Collate workspace merge (record by record)']);
  await git(repository, [
    'config',
    'merge.collate.driver',
    `${quote(process.execPath)} ${quote(BIN)} merge-file %O %A %B`,
  ]);
}
