import { basename } from 'node:path';
import { WelcomeRequest, type RecentWorkspace, type WelcomeState } from '../../src/api/desktop';
import { fail, ok, type Result } from '../../src/core/result';
import { readWorkspaceText } from '../../src/service/workspace-fs';
import { MANIFEST_FILE } from '../../src/service/workspace-files';
import type { FileCommands, OpenOutcome } from './file-commands';
import type { RecentEntry, RecentWorkspaces } from './recent-workspaces';

/**
 * What the welcome window shows and does: the recent workspaces (name, folder, last opened, missing
 * ones marked) and New / Open Workspace…. Plain logic; desktop-ipc.ts carries its one channel.
 */

/** The name a workspace's collate.json gives it (read without following links), else its folder's name. */
async function describeRecent(entry: RecentEntry): Promise<RecentWorkspace> {
  const folderName = basename(entry.path) || entry.path;
  let manifest: string | null = null;
  try {
    manifest = await readWorkspaceText(entry.path, MANIFEST_FILE);
  } catch {
    // A manifest Collate may not read (a link, a folder): listed by its folder; opening it says why.
    return { path: entry.path, name: folderName, openedAt: entry.openedAt, missing: false };
  }
  if (manifest === null) return { path: entry.path, name: folderName, openedAt: entry.openedAt, missing: true };
  let name = folderName;
  try {
    const parsed: unknown = JSON.parse(manifest);
    const named = (parsed as { name?: unknown } | null)?.name;
    if (typeof named === 'string' && named.trim()) name = named.trim().slice(0, 200);
  } catch {
    // A damaged manifest: opening it says what is wrong.
  }
  return { path: entry.path, name, openedAt: entry.openedAt, missing: false };
}

export function describeRecents(entries: readonly RecentEntry[]): Promise<RecentWorkspace[]> {
  return Promise.all(entries.map(describeRecent));
}

export interface WelcomeContext {
  recent: RecentWorkspaces;
  commands: Pick<FileCommands, 'open' | 'newWorkspace' | 'chooseWorkspace'>;
  /** A workspace opened from the welcome window: its window takes the welcome window's place. */
  opened(dir: string): void;
}

async function answerOutcome(outcome: OpenOutcome, context: WelcomeContext): Promise<Result<WelcomeState>> {
  if ('problem' in outcome) return fail('cannot-open', `${outcome.title}: ${outcome.problem}`);
  const recents = await describeRecents(context.recent.listed());
  if ('cancelled' in outcome) return ok({ recents, opened: null });
  context.opened(outcome.opened);
  return ok({ recents, opened: outcome.opened });
}

/** Answers one request of the welcome page, its arguments parsed here. */
export async function answerWelcome(args: unknown, context: WelcomeContext): Promise<Result<WelcomeState>> {
  const parsed = WelcomeRequest.safeParse(args);
  if (!parsed.success) return fail('bad-arguments', 'The welcome window asked for something it cannot do.');
  const request = parsed.data;
  switch (request.action) {
    case 'list':
      return ok({ recents: await describeRecents(context.recent.listed()), opened: null });
    case 'forget':
      await context.recent.forget(request.path);
      return ok({ recents: await describeRecents(context.recent.listed()), opened: null });
    case 'open':
      if (!context.recent.includes(request.path))
        return fail('bad-arguments', `${request.path} is not on the recent list; use Open Workspace… instead.`);
      return answerOutcome(await context.commands.open(request.path), context);
    case 'new':
      return answerOutcome(await context.commands.newWorkspace(), context);
    case 'choose':
      return answerOutcome(await context.commands.chooseWorkspace(), context);
  }
}
